package no.tiltaksradar.run;

import java.time.Instant;

/**
 * One document of a run.
 *
 * @param status QUEUED, RUNNING, DONE, FAILED (with error) or CANCELLED
 * @param errorCode why it failed, for screens to say in plain words: an ingest reason (DAMAGED, EMPTY_FILE, ...),
 *                  PROPOSER, FILE_MISSING or UNEXPECTED; null unless FAILED
 * @param attempts how often a job started on it; above 1 after a crash resumed it
 * @param processedBy the server instance that finished it
 */
public record RunDocument(long runId, long documentId, String fileName, String status, String error, String errorCode,
                          Integer candidates,
                          int attempts, String processedBy, Instant startedAt, Instant finishedAt, long inputTokens,
                          long outputTokens, Double costUsd) {
}
