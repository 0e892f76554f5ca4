package no.tiltaksradar.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-word matching for Norwegian text. Java's {@code \b} follows {@code \w}, which is ASCII
 * unless UNICODE_CHARACTER_CLASS is set, so {@code må\b} never matches "må " and {@code \bøke}
 * matches inside "støke"; these helpers bound words by letters and digits of any script instead.
 */
public final class WordBoundary {
    /** Not preceded by a letter or digit. */
    public static final String START = "(?<![\\p{L}\\p{N}])";
    /** Not followed by a letter or digit. */
    public static final String END = "(?![\\p{L}\\p{N}])";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private WordBoundary() {
    }

    /** @return {@code regex} as a group that must stand as whole words */
    public static String whole(String regex) {
        return START + "(?:" + regex + ")" + END;
    }

    /** @return a case-insensitive pattern for {@code regex} standing as whole words */
    public static Pattern wholePattern(String regex) {
        return Pattern.compile(whole(regex), FLAGS);
    }

    /**
     * A pattern matching any of the phrases as whole words, longest first so "vil kunne" wins over
     * "vil"; the words of a phrase may be separated by any whitespace, line breaks included.
     */
    public static Pattern anyOf(Collection<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> alternatives = new ArrayList<>();
        for (String phrase : sorted) {
            List<String> quoted = new ArrayList<>();
            for (String word : phrase.strip().split("\\s+")) {
                quoted.add(Pattern.quote(word));
            }
            alternatives.add(String.join("\\s+", quoted));
        }
        return alternatives.isEmpty() ? Pattern.compile("(?!)") : wholePattern(String.join("|", alternatives));
    }

    /** Whether {@code text} holds {@code phrase} as whole words, case ignored. */
    public static boolean contains(String text, String phrase) {
        return anyOf(List.of(phrase)).matcher(text).find();
    }

    /** The words of {@code text}, lower case, in order; inner hyphens and apostrophes stay ("KI-verktøy"). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
