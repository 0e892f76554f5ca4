package no.tiltaksradar.layout;

import java.util.List;

/**
 * One visual line of a page in document offsets, with its typography and, where the glyph boxes
 * show wide gaps on the line (table columns set on one baseline), the parts between those gaps.
 *
 * @param start offset of the line's first character in the document text
 * @param end offset one past its last character
 * @param x left edge of the first glyph in points
 * @param xEnd right edge of the last glyph in points (estimated where the format has no glyphs)
 * @param y baseline from the top of the page in points
 * @param headingLevel 0 for body text, else the heading level (1 = largest)
 * @param parts the pieces of the line between column gaps; empty when the line is one piece
 * @param cellParts the pieces between the narrower gaps a tightly set table leaves between cells;
 *                  empty when they are no more than {@code parts}. Read only inside a table, where the
 *                  columns are known: in running text such a gap may be a wide justified space.
 */
public record LayoutLine(int page, int start, int end, String text, float x, float xEnd, float y, float fontSize, boolean bold,
                         int headingLevel, List<LayoutLine> parts, List<LayoutLine> cellParts) {
    public LayoutLine {
        parts = List.copyOf(parts);
        cellParts = List.copyOf(cellParts);
    }

    /** The line cut at its cell gaps, as a table row reads it; itself when there are none narrower than its column gaps. */
    public LayoutLine asCells() {
        return cellParts.isEmpty() ? this : new LayoutLine(page, start, end, text, x, xEnd, y, fontSize, bold, headingLevel, cellParts,
                List.of());
    }

    public boolean isHeading() {
        return headingLevel > 0;
    }

    /** The pieces of the line between column gaps: the line itself when there is no gap. */
    public List<LayoutLine> pieces() {
        return parts.isEmpty() ? List.of(this) : parts;
    }

    LayoutLine withHeadingLevel(int level) {
        return new LayoutLine(page, start, end, text, x, xEnd, y, fontSize, bold, level, parts, cellParts);
    }
}
