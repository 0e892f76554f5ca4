package no.tiltaksradar.evaluate;

import java.util.List;
import java.util.Locale;
import no.tiltaksradar.model.MeasureKind;

/** Scores per document and overall, and the text table the eval command prints. */
public record EvaluationReport(List<DocumentScore> documents) {
    public EvaluationReport {
        documents = List.copyOf(documents);
    }

    public DocumentScore overall() {
        return documents.stream().reduce(new DocumentScore("overall", 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of()), DocumentScore::plus);
    }

    public String table() {
        return table("document");
    }

    /** The table with its first column named, e.g. "layout" for rows per layout kind. */
    public String table(String firstColumn) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-24s %5s %5s %5s %9s %6s %6s %6s %9s %10s%n",
                firstColumn, "gold", "pred", "tp", "precision", "recall", "F1", "pages", "goals", "goalRecall"));
        for (DocumentScore row : documents) {
            out.append(row(row));
        }
        out.append(row(overall()));
        return out.toString();
    }

    private static String row(DocumentScore s) {
        return String.format(Locale.ROOT, "%-24s %5d %5d %5d %9.2f %6.2f %6.2f %6.2f %4d/%-4d %10.2f%n", s.document(),
                s.goldMeasures(), s.predictedMeasures(), s.truePositives(), s.precision(), s.recall(), s.f1(), s.pageAccuracy(),
                s.goalsFound(), s.goldGoals(), s.goalRecall());
    }

    /** Missed gold measures and false positives, per document, for tuning and review. */
    public String details() {
        StringBuilder out = new StringBuilder();
        for (DocumentScore row : documents) {
            row.missed().forEach(g -> out.append(String.format("MISS %s%s p%d %s: %s%n", g.kind() == MeasureKind.GOAL
                    ? "goal " : "", row.document(), g.page(), g.id(), g.quote())));
            row.falsePositives().forEach(p -> out.append(String.format("FP   %s p%d: %s%n", row.document(), p.page(), p.quote())));
            row.wrongPages().forEach(w -> out.append(String.format("PAGE %s %s%n", row.document(), w)));
        }
        return out.toString();
    }
}
