package no.tiltaksradar.trends;

import java.util.List;

/** A second reader of whether cited text supports a sentence, beside the rule check (e.g. an LLM). */
@FunctionalInterface
public interface SupportJudge {

    /** No judge configured: the rule check decides alone. */
    SupportJudge NONE = (sentence, evidence) -> null;

    /** The judge's reading. */
    record Reading(boolean supported, String reason, String judge) {
    }

    /** The reading, or null when no judge is configured; a failed call is a reading with supported=false and the reason. */
    Reading judge(String sentence, List<String> evidence);
}
