package no.tiltaksradar.trends;

/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words", eq. 16-22):
 * the prior for a term is its share of the whole corpus times a total pseudo-count, which shrinks rare terms towards
 * no change, and the ratio is divided by its approximate standard deviation to give a z-score.
 */
public record LogOdds(double delta, double z) {

    /**
     * @param hitsA occurrences in group A (the late period), out of {@code totalA} words
     * @param hitsB occurrences in group B (the early period), out of {@code totalB} words
     * @param priorMass the prior's total pseudo-count alpha_0; the term's prior is alpha_0 * its corpus-wide share
     */
    public static LogOdds of(int hitsA, int totalA, int hitsB, int totalB, double priorMass) {
        int totalAll = totalA + totalB;
        if (totalA == 0 || totalB == 0 || totalAll == 0) {
            return new LogOdds(0, 0);
        }
        double alpha = priorMass * (hitsA + hitsB) / totalAll;
        if (alpha == 0) {
            return new LogOdds(0, 0);
        }
        double delta = Math.log((hitsA + alpha) / (totalA + priorMass - hitsA - alpha))
                - Math.log((hitsB + alpha) / (totalB + priorMass - hitsB - alpha));
        double variance = 1.0 / (hitsA + alpha) + 1.0 / (hitsB + alpha);
        return new LogOdds(delta, delta / Math.sqrt(variance));
    }
}
