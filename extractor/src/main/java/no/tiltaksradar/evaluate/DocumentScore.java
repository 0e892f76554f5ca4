package no.tiltaksradar.evaluate;

import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;

/**
 * Scores for one document (or all of them, as "overall").
 *
 * @param predictedMeasures predictions of kind measure
 * @param truePositives predicted measures that matched a gold measure
 * @param pageMatches matched predictions (measures and goals) whose page equals the gold page
 * @param matched matched predictions of either kind
 * @param wrongPages "gold id: gold page N, predicted M" for matches on another page
 */
public record DocumentScore(String document, int goldMeasures, int goldGoals, int predictedMeasures, int truePositives,
                            int goalsFound, int matched, int pageMatches, List<GoldRecord> missed,
                            List<CandidateMeasure> falsePositives, List<String> wrongPages) {

    public double precision() {
        return predictedMeasures == 0 ? (goldMeasures == 0 ? 1.0 : 0.0) : (double) truePositives / predictedMeasures;
    }

    public double recall() {
        return goldMeasures == 0 ? 1.0 : (double) truePositives / goldMeasures;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double pageAccuracy() {
        return matched == 0 ? 1.0 : (double) pageMatches / matched;
    }

    public double goalRecall() {
        return goldGoals == 0 ? 1.0 : (double) goalsFound / goldGoals;
    }

    DocumentScore plus(DocumentScore other) {
        List<GoldRecord> allMissed = new java.util.ArrayList<>(missed);
        allMissed.addAll(other.missed);
        List<CandidateMeasure> allFalse = new java.util.ArrayList<>(falsePositives);
        allFalse.addAll(other.falsePositives);
        List<String> allWrongPages = new java.util.ArrayList<>(wrongPages);
        allWrongPages.addAll(other.wrongPages);
        return new DocumentScore("overall", goldMeasures + other.goldMeasures, goldGoals + other.goldGoals,
                predictedMeasures + other.predictedMeasures, truePositives + other.truePositives, goalsFound + other.goalsFound,
                matched + other.matched, pageMatches + other.pageMatches, allMissed, allFalse, allWrongPages);
    }
}
