package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.model.TextSpan;

/**
 * Splits prose into sentences at . ! ? followed by a capital letter, but not after Norwegian
 * abbreviations ("f.eks.", "bl.a.", "ev.") or ordinal numbers ("1. kvartal"). Written by hand:
 * java.text.BreakIterator splits after every one of those.
 */
final class SentenceSplitter {
    private static final Pattern BOUNDARY = Pattern.compile("[.!?]\\s+(?=[«\"“(]?[\\p{Lu}\\d])");
    private static final Set<String> ABBREVIATIONS = Set.of("f.eks", "bl.a", "ev", "evt", "mv", "m.v", "osv", "nr", "jf", "jfr",
            "dvs", "ca", "inkl", "pkt", "kap", "st", "meld", "prop", "mrd", "mill", "kr", "ifm", "iht", "mht", "vedr", "tlf", "s");

    List<TextSpan> split(String text) {
        List<TextSpan> sentences = new ArrayList<>();
        int start = 0;
        Matcher matcher = BOUNDARY.matcher(text);
        while (matcher.find()) {
            if (isAbbreviationOrOrdinal(text, matcher.start())) {
                continue;
            }
            sentences.add(new TextSpan(start, matcher.start() + 1));
            start = matcher.end();
        }
        if (start < text.length()) {
            sentences.add(new TextSpan(start, text.length()));
        }
        return sentences;
    }

    private static boolean isAbbreviationOrOrdinal(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.matches("\\d{1,2}");
    }
}
