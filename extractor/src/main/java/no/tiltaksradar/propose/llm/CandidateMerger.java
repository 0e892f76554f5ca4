package no.tiltaksradar.propose.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.tiltaksradar.model.CandidateMeasure;

/**
 * Merges candidates that describe the same measure, as overlapping chunks produce: overlapping
 * character spans, or at least 80% of the shorter quote's word tokens shared. A quote found in the
 * text wins over one that was not, however long; between two alike the longer wins. Responsible
 * actors are united and the higher confidence kept.
 */
final class CandidateMerger {
    private static final double TOKEN_OVERLAP = 0.8;

    List<CandidateAssembler.Draft> merge(List<CandidateAssembler.Draft> drafts) {
        List<CandidateAssembler.Draft> merged = new ArrayList<>();
        for (CandidateAssembler.Draft draft : sorted(drafts)) {
            int same = indexOfSame(merged, draft);
            if (same < 0) {
                merged.add(draft);
            } else {
                merged.set(same, combine(merged.get(same), draft));
            }
        }
        return merged;
    }

    private static List<CandidateAssembler.Draft> sorted(List<CandidateAssembler.Draft> drafts) {
        return drafts.stream()
                .sorted(Comparator.comparingInt((CandidateAssembler.Draft d) -> d.candidate().charStart() < 0
                        ? Integer.MAX_VALUE : d.candidate().charStart()))
                .toList();
    }

    private static int indexOfSame(List<CandidateAssembler.Draft> merged, CandidateAssembler.Draft draft) {
        for (int i = 0; i < merged.size(); i++) {
            CandidateAssembler.Draft other = merged.get(i);
            // a sub-item overlaps the bullet that holds it, yet is a measure of its own
            if (!parentAndChild(other, draft) && same(other.candidate(), draft.candidate())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean parentAndChild(CandidateAssembler.Draft a, CandidateAssembler.Draft b) {
        return isParentOf(a, b) || isParentOf(b, a);
    }

    private static boolean isParentOf(CandidateAssembler.Draft parent, CandidateAssembler.Draft child) {
        return child.parentQuote() != null && !child.parentQuote().isBlank()
                && tokenOverlap(child.parentQuote(), parent.candidate().quote()) >= TOKEN_OVERLAP
                && !child.candidate().quote().equals(parent.candidate().quote());
    }

    static boolean same(CandidateMeasure a, CandidateMeasure b) {
        boolean located = a.charStart() >= 0 && b.charStart() >= 0;
        if (located && a.charStart() < b.charEnd() && b.charStart() < a.charEnd()) {
            return true;
        }
        return tokenOverlap(a.quote(), b.quote()) >= TOKEN_OVERLAP;
    }

    static double tokenOverlap(String a, String b) {
        Set<String> left = tokens(a);
        Set<String> right = tokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / Math.min(left.size(), right.size());
    }

    private static Set<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static CandidateAssembler.Draft combine(CandidateAssembler.Draft kept, CandidateAssembler.Draft other) {
        boolean keptFound = kept.candidate().charStart() >= 0;
        boolean otherFound = other.candidate().charStart() >= 0;
        boolean otherWins = otherFound != keptFound ? otherFound
                : other.candidate().quote().length() > kept.candidate().quote().length();
        CandidateAssembler.Draft winner = otherWins ? other : kept;
        CandidateAssembler.Draft loser = otherWins ? kept : other;
        CandidateMeasure w = winner.candidate();
        Set<String> responsible = new LinkedHashSet<>(w.responsible());
        responsible.addAll(loser.candidate().responsible());
        CandidateMeasure combined = new CandidateMeasure(w.document(), w.documentSha256(), w.id(), w.kind(), w.name(),
                w.quote(), w.page(), w.pageEnd(), w.pageLabel(), w.charStart(), w.charEnd(), w.section(),
                List.copyOf(responsible), w.ministry(), w.collaborators(),
                w.deadline() != null ? w.deadline() : loser.candidate().deadline(), w.technology(), w.purpose(),
                w.parent(), Math.max(w.confidence(), loser.candidate().confidence()), w.proposer());
        String parent = winner.parentQuote() != null ? winner.parentQuote() : loser.parentQuote();
        return new CandidateAssembler.Draft(combined, parent);
    }
}
