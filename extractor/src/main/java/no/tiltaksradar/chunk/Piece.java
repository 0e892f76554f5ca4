package no.tiltaksradar.chunk;

/**
 * One line of body text (or a heading) with its place in the document text.
 *
 * @param start offset in the document text
 * @param end offset one past the line's end in the document text
 * @param heading whether the piece is a heading, which starts a new chunk
 */
record Piece(int page, int start, int end, String text, boolean heading) {
    int length() {
        return text.length();
    }
}
