package no.tiltaksradar.job;

import java.util.List;

/**
 * The outcomes of a batch in file order.
 *
 * @param notRun files left out because the batch was cancelled
 */
public record BatchResult(List<DocumentOutcome> outcomes, int notRun) {
    public BatchResult {
        outcomes = List.copyOf(outcomes);
    }

    public long failed() {
        return outcomes.stream().filter(o -> !o.succeeded()).count();
    }

    public long succeeded() {
        return outcomes.size() - failed();
    }
}
