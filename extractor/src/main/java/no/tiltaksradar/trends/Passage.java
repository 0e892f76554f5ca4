package no.tiltaksradar.trends;

/**
 * A verbatim excerpt of one page of one document, as a citation names it.
 *
 * @param documentId sha256 of the document
 * @param page 1-based physical page on which the excerpt stands
 * @param score retrieval score; 0 when not retrieved
 */
public record Passage(String documentId, String fileName, int page, String pageLabel, String text, double score) {
}
