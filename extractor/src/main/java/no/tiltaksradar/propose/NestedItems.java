package no.tiltaksradar.propose;

/**
 * A sub-item lies inside the bullet that holds it ("Etaten vil modernisere arkivet: – digitalisere
 * papirarkivet"), so its span overlaps its parent's, yet it is a measure of its own. A candidate
 * with a parent, or one whose parent quote is the other's quote, is never merged away.
 */
final class NestedItems {
    private NestedItems() {
    }

    static boolean stayApart(MergeCandidate a, MergeCandidate b) {
        return a.candidate().fields().parent() != null || b.candidate().fields().parent() != null || holds(a, b) || holds(b, a);
    }

    private static boolean holds(MergeCandidate parent, MergeCandidate child) {
        return child.parentQuote() != null
                && QuoteWords.overlap(child.parentQuote(), parent.candidate().quote()) >= SameStatement.SHARED_WORDS
                && !child.candidate().quote().equals(parent.candidate().quote());
    }
}
