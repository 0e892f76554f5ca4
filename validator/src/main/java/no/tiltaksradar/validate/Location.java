package no.tiltaksradar.validate;

import no.tiltaksradar.model.Page;

/** Where a span of the document text stands: physical pages of its first and last character, and offsets. */
record Location(int page, int pageEnd, String pageLabel, int charStart, int charEnd) {

    static Location of(IndexedDocument document, int charStart, int charEnd) {
        Page first = document.pageAt(charStart);
        Page last = document.pageAt(Math.max(charStart, charEnd - 1));
        return new Location(first.number(), last.number(), first.label(), charStart, charEnd);
    }

    /** Text on the quote's first page before it, at most {@code length} characters. */
    String before(IndexedDocument document, int length) {
        int pageStart = document.document().page(page).offset();
        return document.text().substring(Math.max(pageStart, charStart - length), charStart);
    }

    /** The quote with up to {@code before} and {@code after} characters around it, within its pages. */
    String surroundings(IndexedDocument document, int before, int after) {
        int from = Math.max(document.document().page(page).offset(), charStart - before);
        int to = Math.min(document.document().page(pageEnd).endOffset(), charEnd + after);
        return document.text().substring(from, Math.max(to, charEnd));
    }
}
