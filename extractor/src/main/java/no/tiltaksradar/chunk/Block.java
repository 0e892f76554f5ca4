package no.tiltaksradar.chunk;

/**
 * One line of body text (or a heading) with its place in the document text.
 *
 * @param start offset in the document text
 * @param end offset one past the line's end in the document text
 * @param headingLevel 0 for body text, 1 for the largest headings, 2 for the next size...
 */
record Block(int page, int start, int end, String text, int headingLevel) {
    boolean isHeading() {
        return headingLevel > 0;
    }

    int length() {
        return text.length();
    }
}
