package no.tiltaksradar.trends;

import java.util.List;

/**
 * How often one theme is named in the early and the late period, and how far that moved.
 *
 * @param ratePerThousandEarly hits per 1,000 words of the early period's documents
 * @param logOdds log-odds ratio late vs early with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008)
 * @param z the log-odds ratio divided by its estimated standard deviation: positive = rose, |z| >= 1.96 ~ 95 %
 * @param evidence passages naming the theme, best first, at most a few per document
 */
public record ThemeShift(Theme theme, int hitsEarly, int wordsEarly, int hitsLate, int wordsLate, double ratePerThousandEarly,
                         double ratePerThousandLate, double logOdds, double z, List<Passage> evidence) {
    public ThemeShift {
        evidence = List.copyOf(evidence);
    }

    public int hits() {
        return hitsEarly + hitsLate;
    }
}
