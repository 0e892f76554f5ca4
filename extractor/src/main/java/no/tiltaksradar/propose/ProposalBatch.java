package no.tiltaksradar.propose;

import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;

/**
 * What a proposer found in one document.
 *
 * @param warnings problems that did not stop the proposer (a chunk whose answer was unusable, say)
 * @param usage tokens and estimated cost; {@link ProposalUsage#NONE} for proposers without an LLM
 */
public record ProposalBatch(String documentId, List<CandidateMeasure> candidates, List<String> warnings,
                            ProposalUsage usage) {
    public ProposalBatch {
        candidates = List.copyOf(candidates);
        warnings = List.copyOf(warnings);
    }
}
