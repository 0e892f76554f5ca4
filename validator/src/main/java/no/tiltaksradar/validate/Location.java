package no.tiltaksradar.validate;

import no.tiltaksradar.model.Page;

/** Where a span of the document text stands: physical pages of its first and last character, and offsets. */
record Location(int page, int pageEnd, String pageLabel, int charStart, int charEnd) {

    static Location of(IndexedDocument document, int charStart, int charEnd) {
        Page first = document.pageAt(charStart);
        Page last = document.pageAt(Math.max(charStart, charEnd - 1));
        return new Location(first.number(), last.number(), first.label(), charStart, charEnd);
    }

    /**
     * Up to {@code length} characters of text before the quote, reaching back over a page break
     * with running headers, footers and page numbers left out: a list may start on the page before.
     */
    String before(IndexedDocument document, int length) {
        return withoutBoilerplate(document, Math.max(0, charStart - length), charStart);
    }

    /** Up to {@code length} characters after the quote, over a page break, boilerplate left out. */
    String after(IndexedDocument document, int length) {
        return withoutBoilerplate(document, charEnd, Math.min(document.text().length(), charEnd + length));
    }

    private static String withoutBoilerplate(IndexedDocument document, int from, int to) {
        StringBuilder out = new StringBuilder(Math.max(0, to - from));
        String text = document.text();
        Page page = null;
        for (int i = from; i < to; i++) {
            if (page == null || i < page.offset() || i >= page.endOffset()) {
                page = document.pageAt(i); // only at a page break, not per character
            }
            if (!page.isBoilerplate(i - page.offset())) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** The quote with up to {@code before} and {@code after} characters around it, within its pages. */
    String surroundings(IndexedDocument document, int before, int after) {
        int from = Math.max(document.document().page(page).offset(), charStart - before);
        int to = Math.min(document.document().page(pageEnd).endOffset(), charEnd + after);
        return document.text().substring(from, Math.max(to, charEnd));
    }
}
