package no.tiltaksradar.propose.pattern;

/**
 * One visual body line or heading of a document, in document offsets.
 *
 * @param headingLevel 0 for body text, else the heading level (1 = largest)
 */
record LayoutLine(int page, int start, int end, String text, float x, float y, float fontSize, int headingLevel) {
    boolean isHeading() {
        return headingLevel > 0;
    }
}
