package no.tiltaksradar.job;

import java.util.List;
import no.tiltaksradar.propose.ProposalBatch;
import no.tiltaksradar.validate.ValidatedMeasure;

/**
 * What extraction gave for one file.
 *
 * @param batch null when ingest or the proposer failed
 * @param validated null when validation was switched off or the document failed
 * @param failure null on success, else the file and the reason
 */
public record DocumentExtraction(DocumentOutcome outcome, ProposalBatch batch, List<ValidatedMeasure> validated, String failure) {

    static DocumentExtraction failed(DocumentOutcome outcome, String failure) {
        return new DocumentExtraction(outcome, null, null, failure);
    }

    DocumentExtraction withoutContent() {
        return new DocumentExtraction(outcome.withoutContent(), batch, validated, failure);
    }

    public boolean succeeded() {
        return failure == null;
    }

    /** True when the proposer read the document only in part (some chunks failed for good). */
    public boolean partial() {
        return succeeded() && batch().warnings().stream().anyMatch(no.tiltaksradar.propose.llm.Warnings::marksPartial);
    }
}
