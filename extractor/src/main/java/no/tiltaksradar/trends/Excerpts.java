package no.tiltaksradar.trends;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a passage stands on a document's pages, and the sentence of a text around a position. */
final class Excerpts {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu}|\\s*$)|\\n\\s*\\n|\\n(?=\\s*[•·▪–-]\\s)");
    static final int MAX_EXCERPT = 320;

    private Excerpts() {
    }

    /** Lower case, whitespace collapsed, soft hyphens and typographic quotes made plain: line breaks and case never decide. */
    static String normalize(String text) {
        return text.replace('\u00AD', ' ').replace('’', '\'').replace('«', '"').replace('»', '"').replace('“', '"')
                .replace('”', '"').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The page number (within pageStart..pageEnd, or any page when those are 0) whose text holds the excerpt, else -1. */
    static int locate(TrendDocument document, int pageStart, int pageEnd, String excerpt) {
        String needle = normalize(excerpt);
        if (needle.isEmpty()) {
            return -1;
        }
        List<TrendDocument.PageText> pages = document.pages();
        for (TrendDocument.PageText page : pages) {
            boolean inRange = pageStart <= 0 || (page.number() >= pageStart && page.number() <= pageEnd);
            if (inRange && normalize(page.text()).contains(needle)) {
                return page.number();
            }
        }
        return -1;
    }

    /** The sentence (or list item) of {@code text} around {@code at}, trimmed to {@link #MAX_EXCERPT} characters. */
    static String sentenceAround(String text, int at) {
        int start = 0;
        int end = text.length();
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else {
                end = m.end();
                break;
            }
        }
        String sentence = text.substring(start, end).strip();
        if (sentence.length() > MAX_EXCERPT) {
            int from = Math.max(0, Math.min(at - start - MAX_EXCERPT / 2, sentence.length() - MAX_EXCERPT));
            sentence = sentence.substring(from, from + MAX_EXCERPT);
            // cut at word boundaries so the excerpt is still verbatim text, not half a word
            int first = from == 0 ? 0 : sentence.indexOf(' ') + 1;
            int last = sentence.lastIndexOf(' ');
            sentence = sentence.substring(first, last > first ? last : sentence.length()).strip();
        }
        return sentence;
    }

    /** The sentences (or list items) of a text, in order, each as the text has it. */
    static List<String> sentences(String text) {
        List<String> sentences = new java.util.ArrayList<>();
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            add(sentences, text.substring(start, m.end()));
            start = m.end();
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        if (!sentence.isBlank()) {
            sentences.add(sentence.length() > MAX_EXCERPT ? sentenceAround(sentence, 0) : sentence.strip());
        }
    }

    /** The excerpt's lines joined by single spaces: how it is cited and shown. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
