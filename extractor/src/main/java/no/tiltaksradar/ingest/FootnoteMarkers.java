package no.tiltaksradar.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds footnote markers set as superscript digits right after a word ("gjennomføringskraft¹")
 * and takes them out of the word, so chunks, proposers and quotes see "gjennomføringskraft".
 * A digit counts as a marker when it follows a letter and is printed smaller (below
 * {@value #SMALLER} of the letters' size) or raised (baseline above the letters' by more than
 * {@value #RAISED} of their height); digits printed like the text around them stay.
 */
final class FootnoteMarkers {
    private static final float SMALLER = 0.85f;
    private static final float RAISED = 0.2f;
    private static final int MAX_MARKER_DIGITS = 3;

    /** A word with its glyph positions, one per character. */
    record Word(String text, List<TextPosition> positions) {
    }

    private FootnoteMarkers() {
    }

    /** The word without its superscript markers; unchanged when it has none or characters and glyphs do not pair up. */
    static Word strip(String text, List<TextPosition> positions) {
        if (text.length() != positions.size() || text.chars().noneMatch(Character::isDigit)) {
            return new Word(text, positions);
        }
        StringBuilder kept = new StringBuilder();
        List<TextPosition> keptPositions = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = markerEnd(text, positions, i);
            if (end > i) {
                i = end;
                continue;
            }
            kept.append(text.charAt(i));
            keptPositions.add(positions.get(i));
            i++;
        }
        return new Word(kept.toString(), keptPositions);
    }

    // end of a superscript digit run starting at i right after a letter, or i when there is none
    private static int markerEnd(String text, List<TextPosition> positions, int i) {
        if (i == 0 || !Character.isDigit(text.charAt(i)) || !Character.isLetter(text.charAt(i - 1))) {
            return i;
        }
        TextPosition letter = positions.get(i - 1);
        int end = i;
        while (end < text.length() && end - i < MAX_MARKER_DIGITS && Character.isDigit(text.charAt(end))
                && superscript(positions.get(end), letter)) {
            end++;
        }
        boolean wholeRun = end == text.length() || !Character.isDigit(text.charAt(end));
        return wholeRun ? end : i;
    }

    private static boolean superscript(TextPosition digit, TextPosition letter) {
        boolean smaller = digit.getHeightDir() < letter.getHeightDir() * SMALLER
                || digit.getFontSizeInPt() < letter.getFontSizeInPt() * SMALLER;
        boolean raised = letter.getYDirAdj() - digit.getYDirAdj() > letter.getHeightDir() * RAISED;
        return smaller || raised;
    }
}
