package no.tiltaksradar.agreement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cohen's kappa of two raters over the items both rated: (p_o - p_e) / (1 - p_e), where p_o is the share of items
 * they rated alike and p_e the share expected by chance from each rater's own category frequencies.
 * Written here because it is a dozen lines and the libraries at hand do not have it (Commons Math and Commons
 * Statistics have no inter-rater agreement; a statistics package for one formula is not worth its weight).
 *
 * @param pairs items both raters rated
 * @param observed p_o, null without pairs
 * @param expected p_e, null without pairs
 * @param value kappa; null when undefined: no pairs, or p_e = 1 (both raters used one and the same category for
 *              every item, so agreement cannot be told from chance even though it is complete)
 */
public record Kappa(int pairs, Double observed, Double expected, Double value) {

    /** Two raters' categories for one item. */
    public record Pair(String first, String second) {
        public Pair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    public static Kappa of(List<Pair> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return new Kappa(0, null, null, null);
        }
        Map<String, Integer> firstCounts = new HashMap<>();
        Map<String, Integer> secondCounts = new HashMap<>();
        int alike = 0;
        for (Pair pair : pairs) {
            firstCounts.merge(pair.first(), 1, Integer::sum);
            secondCounts.merge(pair.second(), 1, Integer::sum);
            alike += pair.first().equals(pair.second()) ? 1 : 0;
        }
        double observed = (double) alike / n;
        double expected = 0;
        for (Map.Entry<String, Integer> first : firstCounts.entrySet()) {
            expected += (double) first.getValue() / n * secondCounts.getOrDefault(first.getKey(), 0) / n;
        }
        // p_e = 1 only when both raters put every item in the same single category (then p_o = 1 too): 0/0
        boolean undefined = Math.abs(1 - expected) < 1e-12;
        return new Kappa(n, observed, expected, undefined ? null : (observed - expected) / (1 - expected));
    }

    /** Why {@link #value()} is null, or null when it is not. */
    @JsonProperty
    public String undefinedBecause() {
        if (value != null) {
            return null;
        }
        return pairs == 0 ? "NO_OVERLAP" : "ONE_CATEGORY";
    }

    /**
     * The usual reading of the value (Landis and Koch, 1977), so a reader need not know the scale: BELOW_CHANCE under 0,
     * SLIGHT to .20, FAIR to .40, MODERATE to .60, SUBSTANTIAL to .80, ALMOST_PERFECT above; null when undefined.
     */
    @JsonProperty
    public String strength() {
        if (value == null) {
            return null;
        }
        if (value < 0) {
            return "BELOW_CHANCE";
        }
        double[] bounds = {0.2, 0.4, 0.6, 0.8};
        String[] names = {"SLIGHT", "FAIR", "MODERATE", "SUBSTANTIAL"};
        for (int i = 0; i < bounds.length; i++) {
            if (value <= bounds[i] + 1e-12) {
                return names[i];
            }
        }
        return "ALMOST_PERFECT";
    }
}
