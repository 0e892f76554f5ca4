package no.tiltaksradar.trends;

import java.io.IOException;
import java.util.List;

/** Computes first, narrates second, checks last: aggregates, themes, a narrative, and every sentence checked. */
public final class TrendReporter {
    private final List<Theme> themes;
    private final PassageSearch search;
    private final Narrator narrator;
    private final SupportJudge judge;

    public TrendReporter(List<Theme> themes, PassageSearch search, Narrator narrator, SupportJudge judge) {
        this.themes = List.copyOf(themes);
        this.search = search;
        this.narrator = narrator;
        this.judge = judge;
    }

    /** The offline default: template narrative, rule checks only. */
    public static TrendReporter offline(PassageSearch search) {
        return new TrendReporter(ThemeCatalog.defaults(), search, new TemplateNarrator(), SupportJudge.NONE);
    }

    public TrendReport report(TrendData data) throws IOException {
        Aggregates aggregates = new AggregateCalculator().compute(data);
        boolean hasText = data.documents().stream().anyMatch(TrendDocument::hasText);
        ThemeAnalysis analysis = hasText ? new ThemeAnalyzer(themes, search).analyze(data) : null;
        Narrative narrative = narrator.write(data, aggregates, analysis);
        List<CheckedClaim> checked = new ClaimChecker(data, new FigureBook(data, themes), judge).check(narrative.claims());
        return new TrendReport(data, aggregates, analysis, narrative, checked, CheckSummary.of(checked));
    }
}
