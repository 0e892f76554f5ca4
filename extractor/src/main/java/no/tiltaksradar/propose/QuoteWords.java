package no.tiltaksradar.propose;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The words of a quote, compared as sets: how two proposers' readings of one statement are recognised. */
public final class QuoteWords {
    private QuoteWords() {
    }

    /** Share of the shorter quote's words that the other quote has too, 0 when either has none. */
    public static double overlap(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / Math.min(left.size(), right.size());
    }

    /** Lower-cased words of letters and digits of any script, in order, each once. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The quote with case and runs of whitespace evened out: a line break in one reading is a space in another. */
    static String normalized(String quote) {
        return quote.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
