package no.tiltaksradar.ingest;

/**
 * Limits for PDF ingest.
 *
 * @param maxPages a larger file fails with "too many pages" instead of risking the batch's memory
 */
public record PdfIngestOptions(int maxPages) {
    public static final int DEFAULT_MAX_PAGES = 5000;

    public PdfIngestOptions {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be >= 1, was " + maxPages);
        }
    }

    public static PdfIngestOptions defaults() {
        return new PdfIngestOptions(DEFAULT_MAX_PAGES);
    }
}
