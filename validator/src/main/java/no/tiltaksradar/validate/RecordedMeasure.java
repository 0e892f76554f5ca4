package no.tiltaksradar.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.tiltaksradar.model.CandidateMeasure;

/**
 * A measure record read back from a results file, of this version or of the first one. The first
 * version wrote one {@code validation.status} that mixed quote and kind ({@code NOT_A_MEASURE});
 * such a record reads with that status as its quote status and, since it carries no kind readings
 * to confirm the kind, as needing review.
 *
 * @param quoteStatus where the quote stood; null when the record was never validated
 */
public record RecordedMeasure(CandidateMeasure candidate, OverallStatus status, ValidationStatus quoteStatus,
                              List<String> reviewReasons) {
    public RecordedMeasure {
        reviewReasons = List.copyOf(reviewReasons);
    }

    static RecordedMeasure from(CandidateMeasure candidate, JsonNode validation) {
        if (validation == null || validation.isMissingNode() || validation.isNull()) {
            return new RecordedMeasure(candidate, OverallStatus.NEEDS_REVIEW, null, List.of("not validated"));
        }
        if (validation.has("quote")) {
            List<String> reasons = new ArrayList<>();
            validation.path("reviewReasons").forEach(r -> reasons.add(r.asText()));
            return new RecordedMeasure(candidate, OverallStatus.valueOf(validation.path("status").asText()),
                    ValidationStatus.valueOf(validation.path("quote").path("status").asText()), reasons);
        }
        // first record version: validation { status, score, reasons[], unsupportedFields[] }
        ValidationStatus old = ValidationStatus.valueOf(validation.path("status").asText().toUpperCase(Locale.ROOT));
        String why = old == ValidationStatus.NOT_A_MEASURE ? "older record: the claimed kind was rejected (NOT_A_MEASURE)"
                : "older record (" + old + "): no kind readings to confirm the kind";
        return new RecordedMeasure(candidate, OverallStatus.NEEDS_REVIEW, old, List.of(why));
    }
}
