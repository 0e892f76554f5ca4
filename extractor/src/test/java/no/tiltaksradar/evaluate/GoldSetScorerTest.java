package no.tiltaksradar.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import org.junit.jupiter.api.Test;

class GoldSetScorerTest {
    private final GoldSetScorer scorer = new GoldSetScorer();

    private static GoldRecord gold(String id, MeasureKind kind, String quote, int page) {
        return new GoldRecord(id, kind, quote, "Tiltak", page, "a.pdf", null);
    }

    private static CandidateMeasure predicted(MeasureKind kind, String quote, int page) {
        return CandidateMeasure.builder("a.pdf", kind, quote).id("p").pages(page, page).proposer(0.5, "test", null).build();
    }

    @Test
    void aPredictionMatchesWhenItSharesHalfTheGoldWords() {
        var report = scorer.score(List.of(gold("g1", MeasureKind.MEASURE, "Etatene skal etablere en felles løsning for data", 3)),
                List.of(predicted(MeasureKind.MEASURE, "etatene skal etablere en ny portal", 3)));
        assertThat(report.overall().truePositives()).isEqualTo(1);
        var miss = scorer.score(List.of(gold("g1", MeasureKind.MEASURE, "Etatene skal etablere en felles løsning for data", 3)),
                List.of(predicted(MeasureKind.MEASURE, "etatene skal", 3)));
        assertThat(miss.overall().truePositives()).isZero();
    }

    @Test
    void aPredictedMeasureMatchingAGoalIsAFalsePositive() {
        var report = scorer.score(List.of(gold("g1", MeasureKind.GOAL, "Tjenestene skal være enkle å bruke", 2)),
                List.of(predicted(MeasureKind.MEASURE, "Tjenestene skal være enkle å bruke", 2)));
        assertThat(report.overall().precision()).isZero();
        assertThat(report.overall().falsePositives()).hasSize(1);
    }

    @Test
    void eachGoldRecordMatchesOnePredictionAtMost() {
        var report = scorer.score(List.of(gold("g1", MeasureKind.MEASURE, "Digdir skal lage en oversikt over tiltak", 1)),
                List.of(predicted(MeasureKind.MEASURE, "Digdir skal lage en oversikt over tiltak", 1),
                        predicted(MeasureKind.MEASURE, "Digdir skal lage en oversikt over tiltak", 1)));
        assertThat(report.overall().truePositives()).isEqualTo(1);
        assertThat(report.overall().precision()).isEqualTo(0.5);
    }

    @Test
    void pageAccuracyCountsMatchesOnTheGoldPage() {
        var report = scorer.score(List.of(gold("g1", MeasureKind.MEASURE, "Digdir skal lage en oversikt", 4),
                        gold("g2", MeasureKind.GOAL, "Alle skal ha tilgang til data", 5)),
                List.of(predicted(MeasureKind.MEASURE, "Digdir skal lage en oversikt", 4),
                        predicted(MeasureKind.GOAL, "Alle skal ha tilgang til data", 6)));
        assertThat(report.overall().pageAccuracy()).isEqualTo(0.5);
        assertThat(report.overall().goalRecall()).isEqualTo(1.0);
        assertThat(report.table()).contains("a.pdf", "overall");
    }
}
