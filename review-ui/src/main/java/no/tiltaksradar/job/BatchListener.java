package no.tiltaksradar.job;

import java.nio.file.Path;

/** Follows a batch as it runs, for a progress bar or a job status page. */
public interface BatchListener {
    BatchListener SILENT = new BatchListener() {
    };

    default void batchStarted(int files) {
    }

    default void documentStarted(Path file) {
    }

    default void documentFinished(DocumentOutcome outcome) {
    }

    /** A file passed over without work: already done in an earlier run, or the same content as another. */
    default void documentSkipped(Path file) {
    }

    default void batchFinished() {
    }
}
