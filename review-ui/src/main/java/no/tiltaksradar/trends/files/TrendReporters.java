package no.tiltaksradar.trends.files;

import no.tiltaksradar.trends.PassageSearch;
import no.tiltaksradar.trends.TrendReporter;

/** Makes the trend reporter for a set of documents: the template narrator offline, the LLM's when one is configured. */
public final class TrendReporters {

    public TrendReporter reporter(PassageSearch search) {
        return TrendReporter.offline(search);
    }
}
