package no.tiltaksradar.run;

import java.time.Instant;

/**
 * One document of a run.
 *
 * @param status QUEUED, RUNNING, DONE, FAILED (with error) or CANCELLED
 * @param attempts how often a job started on it; above 1 after a crash resumed it
 * @param processedBy the server instance that finished it
 */
public record RunDocument(long runId, long documentId, String fileName, String status, String error, Integer candidates,
                          int attempts, String processedBy, Instant startedAt, Instant finishedAt, long inputTokens,
                          long outputTokens, Double costUsd) {
}
