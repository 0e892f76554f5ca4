package no.tiltaksradar.job;

import java.util.List;

/**
 * @param resumed files skipped because an earlier run already finished them
 * @param duplicates one line per file skipped because an earlier file of the batch has the same content
 * @param notRun files left out because the run was cancelled
 */
public record ExtractResult(List<DocumentExtraction> extractions, int resumed, List<String> duplicates, int notRun) {
    public ExtractResult {
        extractions = List.copyOf(extractions);
        duplicates = List.copyOf(duplicates);
    }

    public long failed() {
        return extractions.stream().filter(e -> !e.succeeded()).count();
    }

    /** Files actually extracted in this run: not failed, not resumed, not duplicates. */
    public long extracted() {
        return extractions.size() - failed();
    }
}
