package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;

/**
 * One candidate per stretch of text: where two overlap (the same words read as a list item and as
 * a sentence), the longer, more confident one stays.
 */
final class CandidateMerger {
    private CandidateMerger() {
    }

    static List<CandidateMeasure> merge(List<CandidateMeasure> candidates) {
        List<CandidateMeasure> kept = new ArrayList<>();
        List<CandidateMeasure> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingDouble(CandidateMeasure::confidence).reversed()
                .thenComparing(c -> c.charEnd() - c.charStart(), Comparator.reverseOrder()));
        for (CandidateMeasure candidate : ordered) {
            if (kept.stream().noneMatch(k -> overlaps(k, candidate) && k.parent() == null && candidate.parent() == null)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(CandidateMeasure::charStart));
        return kept;
    }

    private static boolean overlaps(CandidateMeasure a, CandidateMeasure b) {
        return a.charStart() < b.charEnd() && b.charStart() < a.charEnd();
    }
}
