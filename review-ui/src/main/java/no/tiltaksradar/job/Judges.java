package no.tiltaksradar.job;

import java.util.List;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.validate.CitationValidator;
import no.tiltaksradar.validate.MeasureJudge;
import no.tiltaksradar.validate.RuleMeasureJudge;

/**
 * The judges every validation in this process uses: the rule judge, and the LLM judge when an
 * LLM is configured (null otherwise), with what that judge has used so far.
 */
public record Judges(MeasureJudge llm, JudgeUsage usage) {
    public static final Judges RULES_ONLY = new Judges(null, JudgeUsage.NONE);

    /** A validator over these documents with these judges. */
    public CitationValidator validator(List<SourceDocument> documents) {
        return CitationValidator.withJudges(documents, new RuleMeasureJudge(), llm);
    }
}
