package no.tiltaksradar.trends;

import java.util.List;

/**
 * Everything a trends report shows: the figures, the themes and the narrative's sentences after the checks.
 *
 * @param themes null when no document text was given
 * @param checked the narrative's sentences in order, each kept or marked with its reasons
 */
public record TrendReport(TrendData data, Aggregates aggregates, ThemeAnalysis themes, Narrative narrative,
                          List<CheckedClaim> checked, CheckSummary summary) {
    public TrendReport {
        checked = List.copyOf(checked);
    }

    /** The checked sentences of one section of the narrative, in order. */
    public List<CheckedClaim> checked(Narrative.Section section) {
        return checked.stream().filter(c -> section.claims().contains(c.claim())).toList();
    }
}
