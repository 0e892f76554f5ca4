package no.tiltaksradar.validate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;

/**
 * A candidate with the validator's verdict, written as the measure record of DESIGN.md: the
 * candidate's fields (location corrected when the quote was found) plus
 * {@code validation { status, reviewReasons[], quote{}, kind{}, fields{}, score, reasons[] }}.
 */
@JsonPropertyOrder({"candidate", "validation"})
public record ValidatedMeasure(@JsonUnwrapped CandidateMeasure candidate, @JsonIgnore Verdict verdict) {

    /** Applies the verdict's corrected location to a found quote; a not-found candidate keeps what it claimed. */
    public static ValidatedMeasure of(CandidateMeasure candidate, Verdict verdict) {
        CandidateMeasure located = verdict.status().quoteFound()
                ? candidate.withLocation(verdict.page(), verdict.pageEnd(), verdict.pageLabel(), verdict.charStart(), verdict.charEnd())
                : candidate;
        return new ValidatedMeasure(located, verdict);
    }

    @JsonProperty("validation")
    public Validation validation() {
        KindVerdict kind = verdict.kind();
        Kind kindAnswer = kind == null ? null : new Kind(kind.claimed(), kind.decision(), kind.agreement(), kind.reason(),
                kind.readings().stream().map(j -> new Reading(j.judge(), j.kind(), j.reason(), j.failed())).toList());
        return new Validation(verdict.overall(), verdict.reviewReasons(), new Quote(verdict.status(), verdict.score()), kindAnswer,
                new Fields(verdict.supportedFields(), verdict.unsupportedFields()), verdict.score(), verdict.reasons(),
                verdict.unsupportedFields());
    }

    /**
     * The {@code validation} object of the measure record: the overall status first, then the three answers.
     * {@code unsupportedFields} repeats {@code fields.unsupported} for readers of the first record version.
     */
    @JsonPropertyOrder({"status", "reviewReasons", "quote", "kind", "fields", "score", "reasons", "unsupportedFields"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Validation(OverallStatus status, List<String> reviewReasons, Quote quote, Kind kind, Fields fields,
                             double score, List<String> reasons, List<String> unsupportedFields) {
    }

    /** Where the quote stands. */
    public record Quote(ValidationStatus status, double score) {
    }

    /** What kind of statement it is: each judge's reading, their agreement, the decision and why. */
    public record Kind(MeasureKind claimed, JudgedKind decision, Agreement agreement, String reason, List<Reading> readings) {
    }

    /** One judge's reading; {@code failed} when the judge gave none. */
    public record Reading(String judge, JudgedKind kind, String reason, boolean failed) {
    }

    /** Which filled fields the source supports. */
    public record Fields(List<String> supported, List<String> unsupported) {
    }
}
