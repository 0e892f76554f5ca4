package no.tiltaksradar.validate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a batch of verdicts, the three answers apart: overall status, where the quotes
 * stand, what the judges decided and how they agreed, and how many records have unsupported fields.
 */
public record ValidationSummary(Map<OverallStatus, Integer> overall, Map<ValidationStatus, Integer> quotes,
                                Map<JudgedKind, Integer> kinds, Map<Agreement, Integer> agreement, int unsupportedFields) {

    public static ValidationSummary of(List<Verdict> verdicts) {
        Map<OverallStatus, Integer> overall = new EnumMap<>(OverallStatus.class);
        Map<ValidationStatus, Integer> quotes = new EnumMap<>(ValidationStatus.class);
        Map<JudgedKind, Integer> kinds = new EnumMap<>(JudgedKind.class);
        Map<Agreement, Integer> agreement = new EnumMap<>(Agreement.class);
        int unsupported = 0;
        for (Verdict verdict : verdicts) {
            overall.merge(verdict.overall(), 1, Integer::sum);
            quotes.merge(verdict.status(), 1, Integer::sum);
            if (verdict.kind() != null) {
                kinds.merge(verdict.kind().decision(), 1, Integer::sum);
                agreement.merge(verdict.kind().agreement(), 1, Integer::sum);
            }
            unsupported += verdict.unsupportedFields().isEmpty() ? 0 : 1;
        }
        return new ValidationSummary(overall, quotes, kinds, agreement, unsupported);
    }

    public int count(OverallStatus status) {
        return overall.getOrDefault(status, 0);
    }

    /** One line per answer, for the command line. */
    public List<String> lines() {
        return List.of(
                String.format("overall: %d verified, %d need review", count(OverallStatus.VERIFIED), count(OverallStatus.NEEDS_REVIEW)),
                "  quote: " + quotes,
                "  kind:  " + kinds + ", judges " + agreement,
                "  fields: " + unsupportedFields + " records with unsupported fields");
    }
}
