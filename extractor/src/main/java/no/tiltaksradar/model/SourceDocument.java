package no.tiltaksradar.model;

import java.util.List;
import java.util.Optional;

/**
 * A document as ingested: its pages in order and the identity every later stage refers to.
 *
 * <p>The document text is the page texts joined by a form feed ({@code '\f'}), as pdftotext
 * does; {@code charStart}/{@code charEnd} of every candidate are offsets into it.
 *
 * @param fileName the file's name without folders, as records cite it (e.g. {@code miljo.pdf})
 * @param sha256 hex digest of the file's bytes; also the document id in the index
 */
public record SourceDocument(String fileName, String sha256, DocumentMetadata metadata,
                             List<Page> pages) {
    public static final char PAGE_SEPARATOR = '\f';

    public SourceDocument {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("document needs a file name");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(fileName + ": sha256 must be 64 lower-case hex digits");
        }
        pages = List.copyOf(pages);
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).number() != i + 1) {
                throw new IllegalArgumentException(fileName + ": page " + (i + 1) + " is numbered " + pages.get(i).number());
            }
        }
    }

    /** The document id used by the index and by candidates. */
    public String id() {
        return sha256;
    }

    /** The whole text, page texts joined by {@link #PAGE_SEPARATOR}. Built on each call. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Page page : pages) {
            if (page.number() > 1) {
                text.append(PAGE_SEPARATOR);
            }
            text.append(page.text());
        }
        return text.toString();
    }

    public Page page(int number) {
        if (number < 1 || number > pages.size()) {
            throw new IllegalArgumentException(fileName + " has no page " + number + " (pages 1.." + pages.size() + ")");
        }
        return pages.get(number - 1);
    }

    /** The page whose text holds the document offset, if any (a separator belongs to no page). */
    public Optional<Page> pageAt(int documentOffset) {
        int low = 0;
        int high = pages.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Page page = pages.get(mid);
            if (documentOffset < page.offset()) {
                high = mid - 1;
            } else if (documentOffset >= page.endOffset()) {
                low = mid + 1;
            } else {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }
}
