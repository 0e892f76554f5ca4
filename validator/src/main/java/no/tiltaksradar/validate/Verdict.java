package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * The validator's three answers on one candidate — where the quote stands, what kind of
 * statement it is, which fields the source supports — and the overall status they give. For a
 * found quote the location fields are the corrected ones; for {@link ValidationStatus#NOT_FOUND}
 * they point at the closest span, as a hint only ({@code page} 0 and offsets -1 when there is none).
 *
 * @param status where the quote stands (the quote answer)
 * @param score 1.0 for a verbatim or artefact-only match, else the word-alignment score of the closest span
 * @param reasons every reason behind the answers, in the order they were found
 * @param unsupportedFields filled fields the quote and its surroundings do not support
 * @param supportedFields filled fields they do support
 * @param kind the judges' readings and decision; null when the quote was not found
 * @param recordProblems what was wrong with the candidate record as written (an impossible page, no document ...); empty
 *                       for a well-made record
 */
public record Verdict(ValidationStatus status, double score, int page, int pageEnd, String pageLabel,
                      int charStart, int charEnd, List<String> reasons, List<String> unsupportedFields,
                      List<String> supportedFields, KindVerdict kind, List<String> recordProblems) {
    public Verdict {
        reasons = List.copyOf(reasons);
        unsupportedFields = List.copyOf(unsupportedFields);
        supportedFields = List.copyOf(supportedFields);
        recordProblems = List.copyOf(recordProblems);
    }

    /** A verdict on a well-made record. */
    public Verdict(ValidationStatus status, double score, int page, int pageEnd, String pageLabel, int charStart, int charEnd,
                   List<String> reasons, List<String> unsupportedFields, List<String> supportedFields, KindVerdict kind) {
        this(status, score, page, pageEnd, pageLabel, charStart, charEnd, reasons, unsupportedFields, supportedFields, kind, List.of());
    }

    /** The same answers on a record that had these problems as written: it needs review for each of them. */
    public Verdict withRecordProblems(List<String> problems) {
        List<String> all = new ArrayList<>(recordProblems);
        all.addAll(problems);
        return new Verdict(status, score, page, pageEnd, pageLabel, charStart, charEnd, reasons, unsupportedFields, supportedFields,
                kind, all);
    }

    static Verdict rejected(String reason) {
        return new Verdict(ValidationStatus.NOT_FOUND, 0, 0, 0, null, -1, -1, List.of(reason), List.of(), List.of(), null);
    }

    /**
     * Verified only when the record was well made, the quote is on its page, the kind confirmed without disagreement and no
     * field unsupported.
     */
    public OverallStatus overall() {
        return reviewReasons().isEmpty() ? OverallStatus.VERIFIED : OverallStatus.NEEDS_REVIEW;
    }

    /** Why a reviewer must look, one reason per failed answer; empty when verified. */
    public List<String> reviewReasons() {
        List<String> why = new ArrayList<>();
        // first: a record written wrongly may be why the answers below fail
        recordProblems.forEach(problem -> why.add("careless record: " + problem));
        if (status == ValidationStatus.NOT_FOUND) {
            why.add("quote not found: " + (reasons.isEmpty() ? "" : reasons.get(0)));
        } else if (status == ValidationStatus.WRONG_PAGE) {
            why.add("quote found on page " + page + ", not on the cited page");
        }
        if (kind != null && !kind.confirmsClaim()) {
            String claim = kind.claimed() == null ? "measure" : kind.claimed().jsonName();
            why.add(switch (kind.agreement()) {
                case DISAGREED, UNCLEAR, JUDGE_FAILED -> "kind " + kind.agreement().name().toLowerCase(java.util.Locale.ROOT)
                        + ": " + kind.reason();
                default -> "claimed " + claim + ", but read as " + KindDecision.article(kind.decision()) + ": " + kind.reason();
            });
        }
        if (!unsupportedFields.isEmpty()) {
            why.add("unsupported fields: " + String.join(", ", unsupportedFields));
        }
        return why;
    }

    /** The rule judge's reading; null when the quote was not found. */
    public Judgement ruleJudgement() {
        return kind == null ? null : kind.readings().get(0);
    }

    /** The LLM judge's reading; null when none is configured or the quote was not found. */
    public Judgement llmJudgement() {
        return kind == null || kind.readings().size() < 2 ? null : kind.readings().get(1);
    }
}
