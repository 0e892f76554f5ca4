package no.tiltaksradar.propose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.tiltaksradar.model.CandidateMeasure;

/**
 * One candidate per statement, for every proposer: the pattern proposer reads the same words as a
 * list item and as a sentence, the LLM proposer sees them in two overlapping chunks. Candidates
 * are taken in {@link Precedence} order; one that {@link SameStatement is the same statement} as
 * a candidate already kept is merged into it, which keeps the loser's actors and deadline where it
 * has none of its own (a second reading may have seen a line the first did not) and the higher
 * confidence. Then prose restating a listed item yields to it ({@link ProseRestatement}). The
 * result is in reading order, candidates without a place in the text last.
 */
public final class CandidateMerger {
    private CandidateMerger() {
    }

    /** Merges candidates whose parents, if any, are named by id. */
    public static List<CandidateMeasure> merge(List<CandidateMeasure> candidates) {
        return mergeAll(candidates.stream().map(MergeCandidate::of).toList()).stream().map(MergeCandidate::candidate).toList();
    }

    /** Merges candidates; a merged one keeps the parent quote of the reading that stayed, or else of the other. */
    public static List<MergeCandidate> mergeAll(List<MergeCandidate> candidates) {
        List<MergeCandidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Precedence.order());
        List<MergeCandidate> kept = new ArrayList<>();
        for (MergeCandidate candidate : ordered) {
            int same = indexOfSame(kept, candidate);
            if (same < 0) {
                kept.add(candidate);
            } else {
                kept.set(same, absorb(kept.get(same), candidate));
            }
        }
        List<CandidateMeasure> all = kept.stream().map(MergeCandidate::candidate).toList();
        kept.removeIf(c -> ProseRestatement.yields(c.candidate(), all));
        kept.sort(Comparator.comparingInt(CandidateMerger::position));
        return List.copyOf(kept);
    }

    private static int indexOfSame(List<MergeCandidate> kept, MergeCandidate candidate) {
        for (int i = 0; i < kept.size(); i++) {
            if (SameStatement.same(kept.get(i), candidate)) {
                return i;
            }
        }
        return -1;
    }

    private static MergeCandidate absorb(MergeCandidate winner, MergeCandidate loser) {
        CandidateMeasure w = winner.candidate();
        CandidateMeasure l = loser.candidate();
        Set<String> responsible = new LinkedHashSet<>(w.fields().responsible());
        responsible.addAll(l.fields().responsible());
        CandidateMeasure.RegisterFields f = w.fields();
        CandidateMeasure.Provenance p = w.provenance();
        CandidateMeasure merged = w.toBuilder()
                .fields(new CandidateMeasure.RegisterFields(List.copyOf(responsible), f.ministry(), f.collaborators(),
                        f.deadline() != null ? f.deadline() : l.fields().deadline(), f.technology(), f.purpose(), f.parent()))
                .provenance(new CandidateMeasure.Provenance(Math.max(p.confidence(), l.provenance().confidence()), p.proposer(),
                        p.origin()))
                .build();
        return new MergeCandidate(merged, winner.parentQuote() != null ? winner.parentQuote() : loser.parentQuote());
    }

    private static int position(MergeCandidate c) {
        return c.located() ? c.candidate().charStart() : Integer.MAX_VALUE;
    }
}
