package no.tiltaksradar.trends;

/** Writes the sentences of a trend narrative, each citing what it rests on; the {@link ClaimChecker} decides what is shown. */
@FunctionalInterface
public interface Narrator {

    /** @param themes null when no document text was given */
    Narrative write(TrendData data, Aggregates aggregates, ThemeAnalysis themes);
}
