package no.tiltaksradar.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list marker at the start of a line: bullets (•, ◆, ▪, –, -, o), arabic numbers (1. 1) and a
 * bare "1" set off by a tab or wide space: a footnote's "2 Kilde" has one space), roman numerals (i. iv.), letters (a. b)) and the run-in numbering of
 * action plans ("Tiltak 3", "Delmål 2.1", "T1.2"). The marker is left out of quotes.
 *
 * @param length characters from the line start to the item's first word
 */
public record ListMarker(String symbol, Style style, int length) {

    /** How the marker is written; {@code RUN_IN} is a caption with a number ("Tiltak 3", "T1.2"). */
    public enum Style { BULLET, NUMBER, ROMAN, LETTER, RUN_IN }

    private static final Pattern MARKER = Pattern.compile("^\\s*(?:(?<bullet>[•◆◇▪■●○►▶✓✔➢–—*]+|-|o(?=\\s+\\p{Lu}))"
            + "|(?<runin>(?iu:tiltak|delmål|hovedmål|hovudmål|mål|aktivitet|anbefaling|tilråding)\\s+\\d{1,2}(?:\\.\\d{1,2})*[.:]?"
            + "|\\p{Lu}{1,2}\\d{1,2}(?:\\.\\d{1,2})+[.:]?|\\p{Lu}\\d{1,2}[.:]?(?=\\s+\\p{Lu}))"
            + "|(?<number>\\d{1,2})[.)]|(?<bare>\\d{1,2}(?:\\.\\d{1,2})*)(?=\\s{2,}\\p{Lu}|\\t)|(?<roman>[ivxlc]{1,6})[.)]"
            + "|(?<letter>[a-zæøå])[.)])\\s+(?=\\S)");
    /** "1. januar" or "3. kvartal" at a line start is a date that wrapped, not a list */
    private static final Pattern DATE_AFTER_NUMBER = Pattern.compile("^\\s*\\d{1,2}\\.\\s+(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|kvartal|tertial|halvår)\\b",
            Pattern.CASE_INSENSITIVE);

    public static Optional<ListMarker> at(String line) {
        Matcher matcher = MARKER.matcher(line);
        if (!matcher.find() || DATE_AFTER_NUMBER.matcher(line).find()) {
            return Optional.empty();
        }
        return Optional.of(new ListMarker(matcher.group().strip(), styleOf(matcher), matcher.end()));
    }

    private static Style styleOf(Matcher matcher) {
        if (matcher.group("bullet") != null) {
            return Style.BULLET;
        }
        if (matcher.group("runin") != null) {
            return Style.RUN_IN;
        }
        if (matcher.group("number") != null || matcher.group("bare") != null) {
            return Style.NUMBER;
        }
        return matcher.group("roman") != null ? Style.ROMAN : Style.LETTER;
    }
}
