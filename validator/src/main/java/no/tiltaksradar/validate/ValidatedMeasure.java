package no.tiltaksradar.validate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;

/**
 * A candidate with the validator's verdict, written as the measure record of DESIGN.md: the
 * candidate's fields (location corrected when the quote was found) plus
 * {@code validation { status, score, reasons[], unsupportedFields[] }}.
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
        return new Validation(verdict.status(), verdict.score(), verdict.reasons(), verdict.unsupportedFields());
    }

    /** The {@code validation} object of the measure record. */
    public record Validation(ValidationStatus status, double score, List<String> reasons, List<String> unsupportedFields) {
    }
}
