package no.tiltaksradar.document;

/**
 * What became of one uploaded file.
 *
 * @param status STORED (new), DUPLICATE (same content as {@code documentId}, not stored or processed again) or REJECTED
 * @param documentId the stored document, or null when rejected
 * @param reason why it was rejected or which document it duplicates
 * @param reasonCode why it was rejected, for screens to say in plain words: TOO_LARGE or an ingest reason
 *                   (UNSUPPORTED_FORMAT, EMPTY_FILE, UNREADABLE, ...); null unless rejected
 */
public record UploadResult(String fileName, String status, Long documentId, String sha256, String reason, String reasonCode) {
}
