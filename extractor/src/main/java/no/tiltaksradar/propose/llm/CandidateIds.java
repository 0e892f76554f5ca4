package no.tiltaksradar.propose.llm;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.QuoteWords;

/** Gives merged candidates ids in reading order and links sub-items to their parent's id. */
final class CandidateIds {
    private CandidateIds() {
    }

    static List<CandidateMeasure> assign(SourceDocument document, List<CandidateAssembler.Draft> drafts) {
        String prefix = document.sha256().substring(0, 12) + "-llm-";
        List<CandidateMeasure> withIds = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            withIds.add(drafts.get(i).candidate().withId(prefix + (i + 1)));
        }
        List<CandidateMeasure> linked = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            linked.add(withParent(withIds.get(i), parentId(drafts.get(i).parentQuote(), withIds.get(i), withIds)));
        }
        return linked;
    }

    private static String parentId(String parentQuote, CandidateMeasure self, List<CandidateMeasure> all) {
        if (parentQuote == null || parentQuote.isBlank()) {
            return null;
        }
        String best = null;
        double bestOverlap = 0.8;
        for (CandidateMeasure other : all) {
            double overlap = QuoteWords.overlap(parentQuote, other.quote());
            if (other != self && overlap >= bestOverlap) {
                best = other.id();
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static CandidateMeasure withParent(CandidateMeasure c, String parent) {
        return c.withParent(parent);
    }
}
