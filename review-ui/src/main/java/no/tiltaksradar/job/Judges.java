package no.tiltaksradar.job;

import java.util.List;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.validate.CitationValidator;
import no.tiltaksradar.validate.MeasureJudge;
import no.tiltaksradar.validate.RuleMeasureJudge;

/**
 * The judges every validation in this process uses: the rule judge, and the LLM judge when an
 * LLM is configured (null otherwise), with what that judge has used so far and how many of its
 * calls may run at once (the LLM settings' concurrency).
 */
public record Judges(MeasureJudge llm, JudgeUsage usage, int concurrency) {
    public static final Judges RULES_ONLY = new Judges(null, JudgeUsage.NONE, 1);

    /** A validator over these documents with these judges, asking the LLM judge {@code concurrency} calls at a time. */
    public CitationValidator validator(List<SourceDocument> documents) {
        return CitationValidator.withJudges(documents, new RuleMeasureJudge(), llm).withParallelism(llm == null ? 1 : concurrency);
    }
}
