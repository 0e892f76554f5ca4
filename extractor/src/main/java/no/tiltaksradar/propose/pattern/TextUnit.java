package no.tiltaksradar.propose.pattern;

import java.util.List;
import no.tiltaksradar.model.TextSpan;

/**
 * A list item or a prose paragraph as the document sets it: its text with whitespace collapsed
 * and the list marker left out, and for every character of that text its offset in the document,
 * so a quote cut from it maps straight back to the page.
 *
 * @param marker the list marker, null for a paragraph
 * @param offsets document offset of each character of {@code text}
 * @param section the nearest heading above
 * @param context what governs a list item: the nearest heading or lead-in line ("Regjeringen vil:") above
 * @param x left edge of the unit's first line
 * @param numbered whether a bare number line ("2") stands right above the unit, as main goals are often set
 */
record TextUnit(ListMarker marker, List<TextSpan> lines, String text, int[] offsets, String section, String context, float x,
                boolean numbered) {

    boolean isListItem() {
        return marker != null;
    }

    /** Document offset of the character at {@code index} of the text. */
    int offsetAt(int index) {
        return offsets[index];
    }
}
