package no.tiltaksradar.propose.pattern;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list marker at the start of a line: bullets (•, ◆, ▪, –, -, o), arabic numbers (1. 1)),
 * roman numerals (i. iv.) and letters (a. b)). The marker is left out of quotes.
 *
 * @param length characters from the line start to the item's first word
 */
record ListMarker(String symbol, Style style, int length) {

    enum Style { BULLET, NUMBER, ROMAN, LETTER }

    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:(?<bullet>[•◆◇▪■●○►▶✓✔➢–—*]+|-|o(?=\\s+\\p{Lu}))|(?<number>\\d{1,2})[.)]|(?<roman>[ivxlc]{1,6})[.)]|(?<letter>[a-zæøå])[.)])\\s+(?=\\S)");
    /** "1. januar" or "3. kvartal" at a line start is a date that wrapped, not a list */
    private static final Pattern DATE_AFTER_NUMBER = Pattern.compile("^\\s*\\d{1,2}\\.\\s+(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|kvartal|tertial|halvår)\\b",
            Pattern.CASE_INSENSITIVE);

    static Optional<ListMarker> at(String line) {
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
        if (matcher.group("number") != null) {
            return Style.NUMBER;
        }
        return matcher.group("roman") != null ? Style.ROMAN : Style.LETTER;
    }
}
