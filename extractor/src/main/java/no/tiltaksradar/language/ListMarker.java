package no.tiltaksradar.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list marker at the start of a line, the one grammar of list markers that the layout reader,
 * the proposers and the validator all read: bullets (•, ◆, ▪, –, -, Word's Symbol-font bullets, "o" before a capital), arabic
 * numbers ("1.", "1)", "(1)", and a bare "1" set off by a tab or wide space: a footnote's "2 Kilde"
 * has one space), roman numerals ("iv.", "(ii)"), letters ("a)", "(b)") and the run-in numbering
 * of action plans ("Tiltak 3", "Delmål 2.1", "T1.2"). Numerals and letters are lower-case: "A. Hansen"
 * and "I. Berg" are initials. "1. januar" or "3. kvartal" at a line start is a date that wrapped,
 * not a list. The marker is left out of quotes.
 *
 * @param length characters from the line start to the item's first word
 */
public record ListMarker(String symbol, Style style, int length) {

    /** How the marker is written; {@code RUN_IN} is a caption with a number ("Tiltak 3", "T1.2"). */
    public enum Style { BULLET, NUMBER, ROMAN, LETTER, RUN_IN }

    private static final String DATE_WORD = "(?iu:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november"
            + "|desember|kvartal|tertial|halvår)" + WordBoundary.END;
    /**
     * Bullet characters as word processors and layout tools print them, including the private-use
     * code points of the Symbol and Wingdings fonts (U+F0B7 bullet, U+F0A7 square, U+F076 diamond,
     * U+F0D8 arrowhead, U+F0FC check, U+F06E and U+F071 boxes, U+F02D dash) that Word's PDFs map
     * their bullets to, and which text extraction gives back as they are.
     */
    private static final String BULLET = "[•◆◇▪■□●○◦∙·‣⁃►▶➤✓✔➢–—*\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF06E\uF071\uF02D]+"
            + "|-|o(?=\\s+\\p{Lu})";
    private static final String RUN_IN = "(?iu:tiltak|delmål|hovedmål|hovudmål|mål|aktivitet|anbefaling|tilråding)\\s+\\d{1,2}(?:\\.\\d{1,2})*[.:]?"
            + "|\\p{Lu}{1,2}\\d{1,2}(?:\\.\\d{1,2})+[.:]?|\\p{Lu}\\d{1,2}[.:]?(?=\\s+\\p{Lu})";
    private static final String NUMBER = "\\(?\\d{1,2}[.)](?!\\s+" + DATE_WORD + ")";
    private static final String BARE_NUMBER = "\\d{1,2}(?:\\.\\d{1,2})*(?=\\s{2,}\\p{Lu}|\\t)";
    private static final String ROMAN = "\\(?[ivxlc]{1,6}[.)]";
    private static final String LETTER = "\\(?[a-zæøå][.)]";

    /**
     * The marker as a regex without anchors or capturing groups, to be embedded in other patterns;
     * whitespace must follow it in text.
     */
    public static final String MARKER = "(?:" + String.join("|", BULLET, RUN_IN, NUMBER, BARE_NUMBER, ROMAN, LETTER) + ")";

    private static final Pattern AT_START = Pattern.compile("^\\s*(?:(?<bullet>" + BULLET + ")|(?<runin>" + RUN_IN + ")"
            + "|(?<number>" + NUMBER + "|" + BARE_NUMBER + ")|(?<roman>" + ROMAN + ")|(?<letter>" + LETTER + "))\\s+(?=\\S)");

    /** The marker the line opens with, if any. */
    public static Optional<ListMarker> at(String line) {
        Matcher matcher = AT_START.matcher(line);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new ListMarker(matcher.group().strip(), styleOf(matcher), matcher.end()));
    }

    /** Whether the line opens with a list marker followed by a space. */
    public static boolean opensItem(String line) {
        return AT_START.matcher(line).find();
    }

    /** The text without the list marker it opens with ("• Etablere ..." gives "Etablere ..."). */
    public static String strip(String text) {
        return AT_START.matcher(text).replaceFirst("");
    }

    private static Style styleOf(Matcher matcher) {
        if (matcher.group("bullet") != null) {
            return Style.BULLET;
        }
        if (matcher.group("runin") != null) {
            return Style.RUN_IN;
        }
        if (matcher.group("number") != null) {
            return Style.NUMBER;
        }
        return matcher.group("roman") != null ? Style.ROMAN : Style.LETTER;
    }
}
