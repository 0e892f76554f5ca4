package no.tiltaksradar.run;

import java.time.Instant;
import java.util.List;

/**
 * An extraction run over some documents, with each document's progress.
 *
 * @param status QUEUED, RUNNING, FINISHED (every document done or failed) or CANCELLED
 */
public record Run(long id, String proposer, String promptVersion, String model, boolean validate, String status, String createdBy,
                  Instant createdAt, Instant startedAt, Instant finishedAt, List<RunDocument> documents) {

    /** Sums of the documents: how far the run is. */
    public Progress progress() {
        int done = 0;
        int failed = 0;
        long in = 0;
        long out = 0;
        Double cost = null;
        for (RunDocument d : documents) {
            done += d.status().equals("DONE") ? 1 : 0;
            failed += d.status().equals("FAILED") ? 1 : 0;
            in += d.inputTokens();
            out += d.outputTokens();
            if (d.costUsd() != null) { // not a ternary: one mixing Double and double unboxes a null cost and throws
                cost = (cost == null ? 0 : cost) + d.costUsd();
            }
        }
        return new Progress(documents.size(), done, failed, in, out, cost);
    }

    /** @param costUsd null when no price is configured: "unknown", never 0 */
    public record Progress(int documents, int done, int failed, long inputTokens, long outputTokens, Double costUsd) {
    }
}
