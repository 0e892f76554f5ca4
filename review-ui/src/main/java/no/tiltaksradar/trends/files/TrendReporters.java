package no.tiltaksradar.trends.files;

import no.tiltaksradar.trends.PassageSearch;
import no.tiltaksradar.trends.QuestionAnswerer;
import no.tiltaksradar.trends.TrendReporter;

/** Makes the trend reporter and the question answerer: templates and extracts offline, the LLM's when one is configured. */
public final class TrendReporters {

    public TrendReporter reporter(PassageSearch search) {
        return TrendReporter.offline(search);
    }

    public QuestionAnswerer answerer(PassageSearch search) {
        return QuestionAnswerer.extractive(search);
    }
}
