package no.tiltaksradar.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a theme's terms in text, word by word: whole words, prefixes for {@code word*}, capitals for all-capital words. */
public final class TermMatcher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final List<List<String>> terms;

    public TermMatcher(List<String> terms) {
        this.terms = terms.stream().map(t -> List.of(t.strip().split("\\s+"))).toList();
    }

    /** A word of the text with where it stands. */
    public record Word(String text, int start, int end) {
    }

    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
    }

    /** Start offsets of every match, each match counted once (the longest term at a position wins). */
    public List<Integer> matches(String text) {
        List<Word> words = words(text);
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int length = longestAt(words, i);
            if (length > 0) {
                starts.add(words.get(i).start());
                i += length;
            } else {
                i++;
            }
        }
        return starts;
    }

    public int count(String text) {
        return matches(text).size();
    }

    private int longestAt(List<Word> words, int at) {
        int best = 0;
        for (List<String> term : terms) {
            if (term.size() > best && at + term.size() <= words.size() && matchesAt(term, words, at)) {
                best = term.size();
            }
        }
        return best;
    }

    private static boolean matchesAt(List<String> term, List<Word> words, int at) {
        for (int k = 0; k < term.size(); k++) {
            if (!wordMatches(term.get(k), words.get(at + k).text())) {
                return false;
            }
        }
        return true;
    }

    static boolean wordMatches(String pattern, String word) {
        boolean prefix = pattern.endsWith("*");
        String p = prefix ? pattern.substring(0, pattern.length() - 1) : pattern;
        boolean capitals = p.length() > 1 && p.equals(p.toUpperCase(Locale.ROOT)) && !p.equals(p.toLowerCase(Locale.ROOT));
        String w = capitals ? word : word.toLowerCase(Locale.ROOT);
        String q = capitals ? p : p.toLowerCase(Locale.ROOT);
        return prefix ? w.startsWith(q) : w.equals(q);
    }
}
