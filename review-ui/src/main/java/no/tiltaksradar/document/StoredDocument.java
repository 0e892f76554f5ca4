package no.tiltaksradar.document;

import java.time.Instant;

/**
 * A document as the server keeps it.
 *
 * @param status STORED (kept, not yet read), INGESTED (pages in the database) or FAILED (with error)
 * @param errorCode why it failed (an ingest reason such as DAMAGED, or PROPOSER), for screens to say in plain words
 */
public record StoredDocument(long id, String sha256, String fileName, String contentType, long sizeBytes, String title,
                             String publisher, Integer year, Integer pageCount, String status, String error, String errorCode,
                             String uploadedBy, Instant uploadedAt) {
}
