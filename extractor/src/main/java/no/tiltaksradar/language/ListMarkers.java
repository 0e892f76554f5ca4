package no.tiltaksradar.language;

import java.util.regex.Pattern;

/**
 * The markers that open a list item in strategy documents — bullets (•, ◆, ▪, –, -, *), numbers
 * ("1.", "2)"), roman numerals ("iv.") and letters ("a)") — in one place for every reader of lists.
 */
public final class ListMarkers {
    /** A marker as a regex group, without anchors; a space or tab must follow it in text. */
    public static final String MARKER = "([•◆▪●■–\\-*]|\\(?\\d{1,2}[.)]|\\(?[ivx]{1,4}[.)]|\\(?[a-h][.)])";

    private static final Pattern AT_START = Pattern.compile("^\\s*" + MARKER + "[ \\t]+", Pattern.CASE_INSENSITIVE);

    private ListMarkers() {
    }

    /** Whether the line opens with a list marker followed by a space. */
    public static boolean opensItem(String line) {
        return AT_START.matcher(line).find();
    }

    /** The text without the list marker it opens with ("• Etablere ..." gives "Etablere ..."). */
    public static String strip(String text) {
        return AT_START.matcher(text).replaceFirst("");
    }
}
