package no.tiltaksradar.trends;

import java.util.List;
import java.util.Map;

/**
 * Themes over time: per-year rates and the shift of each theme between an early and a late period.
 *
 * @param early years of the early period, ascending; empty when fewer than two document years have text
 * @param ratesByYear theme id -> (year -> hits per 1,000 words of that year's documents)
 * @param wordsByYear year -> words in that year's documents
 * @param shifts one per theme, the largest rise first and the largest fall last
 * @param priorMass the prior's total pseudo-count (alpha_0)
 */
public record ThemeAnalysis(List<Integer> early, List<Integer> late, Map<String, Map<Integer, Double>> ratesByYear,
                            Map<Integer, Integer> wordsByYear, List<ThemeShift> shifts, double priorMass) {

    public boolean hasPeriods() {
        return !early.isEmpty() && !late.isEmpty();
    }

    public static String periodLabel(List<Integer> years) {
        if (years.isEmpty()) {
            return "";
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    public String earlyLabel() {
        return periodLabel(early);
    }

    public String lateLabel() {
        return periodLabel(late);
    }

    public java.util.Optional<ThemeShift> shift(String themeId) {
        return shifts.stream().filter(s -> s.theme().id().equals(themeId)).findFirst();
    }
}
