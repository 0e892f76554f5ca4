package no.tiltaksradar.validate;

import java.util.List;

/**
 * The validator's decision on one candidate. For a found quote the location fields are the
 * corrected ones; for {@link ValidationStatus#NOT_FOUND} they point at the closest span, as a
 * hint only ({@code page} 0 and offsets -1 when there is none).
 *
 * @param score 1.0 for a verbatim or artefact-only match, else the word-alignment score of the closest span
 * @param reasons every reason behind the status, in the order they were found
 * @param unsupportedFields names of candidate fields the quote and its surroundings do not support
 * @param ruleJudgement the rule judge's reading; null when the quote was not found
 * @param llmJudgement the LLM judge's reading; null when no LLM is configured or the quote was not found
 */
public record Verdict(ValidationStatus status, double score, int page, int pageEnd, String pageLabel,
                      int charStart, int charEnd, List<String> reasons, List<String> unsupportedFields,
                      Judgement ruleJudgement, Judgement llmJudgement) {
    public Verdict {
        reasons = List.copyOf(reasons);
        unsupportedFields = List.copyOf(unsupportedFields);
    }

    static Verdict rejected(String reason) {
        return new Verdict(ValidationStatus.NOT_FOUND, 0, 0, 0, null, -1, -1, List.of(reason), List.of(), null, null);
    }
}
