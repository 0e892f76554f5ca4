package no.tiltaksradar.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;

/**
 * The scoring of corpus/ANNOTATION.md: a prediction matches a gold record when it shares at least
 * half of the gold quote's word tokens; each gold record matches at most one prediction (best
 * overlap first); precision counts predicted measures that match a gold measure, so one that
 * matches a goal is a false positive; page accuracy is the share of matches on the gold page.
 */
public final class GoldSetScorer {

    /** Scores per document, in the order the gold names them, then "overall". */
    public EvaluationReport score(List<GoldRecord> gold, List<CandidateMeasure> predictions) {
        Map<String, List<GoldRecord>> goldByDocument = new LinkedHashMap<>();
        gold.forEach(g -> goldByDocument.computeIfAbsent(g.document(), d -> new ArrayList<>()).add(g));
        List<DocumentScore> rows = new ArrayList<>();
        for (Map.Entry<String, List<GoldRecord>> entry : goldByDocument.entrySet()) {
            List<CandidateMeasure> ofDocument = predictions.stream().filter(p -> entry.getKey().equals(p.document())).toList();
            rows.add(scoreDocument(entry.getKey(), entry.getValue(), ofDocument));
        }
        return new EvaluationReport(rows);
    }

    private record Pair(GoldRecord gold, CandidateMeasure prediction, double overlap) {
    }

    private DocumentScore scoreDocument(String document, List<GoldRecord> gold, List<CandidateMeasure> predictions) {
        List<Pair> pairs = candidatePairs(gold, predictions);
        pairs.sort(Comparator.comparingDouble(Pair::overlap).reversed());
        Map<GoldRecord, CandidateMeasure> matches = new LinkedHashMap<>();
        java.util.Set<CandidateMeasure> used = new java.util.HashSet<>();
        for (Pair pair : pairs) {
            if (!matches.containsKey(pair.gold()) && !used.contains(pair.prediction())) {
                matches.put(pair.gold(), pair.prediction());
                used.add(pair.prediction());
            }
        }
        return tally(document, gold, predictions, matches);
    }

    private static List<Pair> candidatePairs(List<GoldRecord> gold, List<CandidateMeasure> predictions) {
        List<Pair> pairs = new ArrayList<>();
        for (GoldRecord g : gold) {
            List<String> goldTokens = Tokens.of(g.quote());
            for (CandidateMeasure p : predictions) {
                int shared = Tokens.shared(goldTokens, Tokens.of(p.quote() == null ? "" : p.quote()));
                if (!goldTokens.isEmpty() && shared * 2 >= goldTokens.size()) {
                    pairs.add(new Pair(g, p, (double) shared / goldTokens.size()));
                }
            }
        }
        return pairs;
    }

    private static DocumentScore tally(String document, List<GoldRecord> gold, List<CandidateMeasure> predictions,
                                       Map<GoldRecord, CandidateMeasure> matches) {
        int goldMeasures = (int) gold.stream().filter(g -> g.kind() == MeasureKind.MEASURE).count();
        int predictedMeasures = (int) predictions.stream().filter(p -> p.kind() == MeasureKind.MEASURE).count();
        int truePositives = 0;
        int goalsFound = 0;
        int pageMatches = 0;
        List<GoldRecord> missed = new ArrayList<>();
        List<String> wrongPages = new ArrayList<>();
        java.util.Set<CandidateMeasure> correct = new java.util.HashSet<>();
        for (GoldRecord g : gold) {
            CandidateMeasure p = matches.get(g);
            if (p == null) {
                missed.add(g);
                continue;
            }
            pageMatches += p.page() == g.page() ? 1 : 0;
            if (p.page() != g.page()) {
                wrongPages.add(g.id() + ": gold page " + g.page() + ", predicted " + p.page());
            }
            if (g.kind() == MeasureKind.MEASURE && p.kind() == MeasureKind.MEASURE) {
                truePositives++;
                correct.add(p);
            } else if (g.kind() == MeasureKind.GOAL && p.kind() == MeasureKind.GOAL) {
                goalsFound++;
            } else if (g.kind() == MeasureKind.MEASURE) {
                missed.add(g);
            }
        }
        List<CandidateMeasure> falsePositives = predictions.stream()
                .filter(p -> p.kind() == MeasureKind.MEASURE && !correct.contains(p)).toList();
        return new DocumentScore(document, goldMeasures, gold.size() - goldMeasures, predictedMeasures, truePositives,
                goalsFound, matches.size(), pageMatches, missed, falsePositives, wrongPages);
    }
}
