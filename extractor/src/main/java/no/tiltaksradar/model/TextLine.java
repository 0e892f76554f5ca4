package no.tiltaksradar.model;

/**
 * One visual line of a page: its span in {@link Page#text()} (end exclusive, without the line
 * break) and the typography that headings and list layout are recognised from.
 *
 * @param x left edge of the first glyph in points; list-item continuation lines are indented
 * @param y baseline position from the top of the page in points
 * @param fontSize dominant font size of the line in points
 * @param bold whether the dominant font of the line is bold
 */
public record TextLine(int start, int end, float x, float y, float fontSize, boolean bold) {
    public TextLine {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad line span " + start + ".." + end);
        }
    }

    public String text(Page page) {
        return page.text().substring(start, end);
    }
}
