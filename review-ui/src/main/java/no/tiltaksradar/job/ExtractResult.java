package no.tiltaksradar.job;

import java.util.List;

/**
 * @param resumed files skipped because an earlier run already finished them
 * @param notRun files left out because the run was cancelled
 */
public record ExtractResult(List<DocumentExtraction> extractions, int resumed, int notRun) {
    public ExtractResult {
        extractions = List.copyOf(extractions);
    }

    public long failed() {
        return extractions.stream().filter(e -> !e.succeeded()).count();
    }
}
