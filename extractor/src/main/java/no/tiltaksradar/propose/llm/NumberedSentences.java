package no.tiltaksradar.propose.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.language.ListMarkers;

/**
 * An excerpt cut into numbered units — sentences, list items, lines ending a paragraph — so the
 * model can answer with ids instead of copying text, and the quote is cut from the excerpt by
 * code: verbatim by construction. A unit ends at a sentence end followed by a capital, digit or
 * list marker, at a blank line, or where the next line opens a list item.
 */
final class NumberedSentences {
    private static final Pattern LIST_ITEM_START = Pattern.compile("\\n(?=[ \\t]*" + ListMarkers.MARKER + "[ \\t])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=([ \\t]*\\n[ \\t]*|[ \\t]+)[\\p{Lu}\\d•◆▪●■–])");
    // a lead-in ("Regjeringen vil:") is a unit of its own, so an item never starts inside it
    private static final Pattern LEAD_IN_END = Pattern.compile(":[ \\t]*(?=\\n)");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    /** One unit: its id as the model sees it ("S3") and where it stands in the excerpt. */
    record Sentence(String id, int start, int end) {
    }

    /** A span of the excerpt's text, {@code end} exclusive. */
    record Span(int start, int end) {
    }

    private final String text;
    private final List<Sentence> sentences;

    private NumberedSentences(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
    }

    static NumberedSentences of(String text) {
        return of(text, List.of());
    }

    /**
     * The same, leaving out the spans of {@code text} given in {@code skipped} (table rows sent as
     * units of their own): no unit starts, ends or stands inside one.
     */
    static NumberedSentences of(String text, List<Span> skipped) {
        List<Integer> cuts = new ArrayList<>();
        for (Span span : skipped) {
            cuts.add(span.start());
            cuts.add(span.end());
        }
        addCuts(cuts, LIST_ITEM_START.matcher(text), 0);
        addCuts(cuts, SENTENCE_END.matcher(text), 1);
        addCuts(cuts, BLANK_LINE.matcher(text), 0);
        addCuts(cuts, LEAD_IN_END.matcher(text), 1);
        cuts.add(text.length());
        cuts.sort(Integer::compare);
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            int start = skipSpace(text, from, cut);
            int end = trimEnd(text, start, cut);
            if (end > start && skipped.stream().noneMatch(span -> span.start() <= start && end <= span.end())) {
                sentences.add(new Sentence("S" + (sentences.size() + 1), start, end));
            }
            from = Math.max(from, cut);
        }
        return new NumberedSentences(text, sentences);
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** The excerpt as the model sees it: one unit per line, each behind its id in brackets. */
    String render() {
        StringBuilder out = new StringBuilder();
        sentences.forEach(s -> out.append(line(s)));
        return out.toString();
    }

    /** One unit as the model sees it, ending with a line break. */
    String line(Sentence s) {
        return "[" + s.id() + "] " + text.substring(s.start(), s.end()) + "\n";
    }

    /**
     * The excerpt's text from the first to the last of the ids, as it stands (line breaks kept),
     * without the list marker the annotation leaves out; empty when an id is unknown or none is given.
     */
    Optional<String> cut(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return Optional.empty();
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (String id : ids) {
            int index = indexOf(id);
            if (index < 0) {
                return Optional.empty();
            }
            first = Math.min(first, index);
            last = Math.max(last, index);
        }
        String quote = text.substring(sentences.get(first).start(), sentences.get(last).end());
        return Optional.of(ListMarkers.strip(quote));
    }

    private int indexOf(String id) {
        String wanted = id == null ? "" : id.strip().replaceAll("^\\[|\\]$", "").toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).id().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static void addCuts(List<Integer> cuts, Matcher matcher, int shift) {
        while (matcher.find()) {
            cuts.add(matcher.start() + shift);
        }
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
