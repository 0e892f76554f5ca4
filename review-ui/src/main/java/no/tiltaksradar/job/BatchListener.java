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

    default void batchFinished() {
    }
}
