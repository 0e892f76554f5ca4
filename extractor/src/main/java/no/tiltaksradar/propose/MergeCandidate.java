package no.tiltaksradar.propose;

import java.util.Objects;
import no.tiltaksradar.model.CandidateMeasure;

/**
 * A candidate as a proposer hands it to the {@link CandidateMerger}: the record, and the quote of
 * the item that encloses it where the proposer knows it by quote rather than by id (an LLM names a
 * sub-item's parent by its words; ids are given after merging).
 *
 * @param parentQuote quote of the enclosing item, or null
 */
public record MergeCandidate(CandidateMeasure candidate, String parentQuote) {
    public MergeCandidate {
        Objects.requireNonNull(candidate, "candidate");
        parentQuote = parentQuote == null || parentQuote.isBlank() ? null : parentQuote;
    }

    public static MergeCandidate of(CandidateMeasure candidate) {
        return new MergeCandidate(candidate, null);
    }

    boolean located() {
        return candidate.charStart() >= 0 && candidate.charEnd() > candidate.charStart();
    }
}
