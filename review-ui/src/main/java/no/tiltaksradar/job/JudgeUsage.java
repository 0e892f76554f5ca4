package no.tiltaksradar.job;

import no.tiltaksradar.propose.ProposalUsage;

/** What the validator's LLM judge has used in this process so far; {@link #NONE} without an LLM. */
@FunctionalInterface
public interface JudgeUsage {
    JudgeUsage NONE = () -> ProposalUsage.NONE;

    ProposalUsage current();
}
