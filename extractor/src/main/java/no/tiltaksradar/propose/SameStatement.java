package no.tiltaksradar.propose;

/**
 * When two candidates are one statement read twice, so that only one may stay. Each rule says why
 * two readings are the same; {@link NestedItems} says when they never are.
 */
enum SameStatement {
    /**
     * Two readings of the same words: their spans in the document text overlap (a list item and a
     * sentence cut from it, or one measure found in two overlapping chunks). A document states one
     * thing at one place, so overlapping spans are one statement.
     */
    OVERLAPPING_SPANS {
        @Override
        boolean holds(MergeCandidate a, MergeCandidate b) {
            return a.located() && b.located()
                    && a.candidate().charStart() < b.candidate().charEnd() && b.candidate().charStart() < a.candidate().charEnd();
        }
    },
    /**
     * The same words, case and line breaks aside, on the same page: a proposer that found a quote
     * twice, or two proposers that found it once each, name one statement.
     */
    EXACT_DUPLICATE_ON_PAGE {
        @Override
        boolean holds(MergeCandidate a, MergeCandidate b) {
            return a.candidate().page() == b.candidate().page()
                    && QuoteWords.normalized(a.candidate().quote()).equals(QuoteWords.normalized(b.candidate().quote()));
        }
    },
    /**
     * A quote that could not be found in the text has no span to compare; what is left is its
     * words. When at least {@value #SHARED_WORDS} of the shorter quote's words are in the other, a
     * model has paraphrased the statement the other reading quotes. Two quotes that are both found,
     * at different places, are two statements however alike: a document may say a thing twice.
     */
    SHARED_WORDS_WHEN_UNLOCATED {
        @Override
        boolean holds(MergeCandidate a, MergeCandidate b) {
            return (!a.located() || !b.located())
                    && QuoteWords.overlap(a.candidate().quote(), b.candidate().quote()) >= SHARED_WORDS;
        }
    };

    /** Share of the shorter quote's words that makes two quotes one statement (see {@link #SHARED_WORDS_WHEN_UNLOCATED}). */
    static final double SHARED_WORDS = 0.8;

    abstract boolean holds(MergeCandidate a, MergeCandidate b);

    /** Whether any rule makes {@code a} and {@code b} one statement, and neither holds the other. */
    static boolean same(MergeCandidate a, MergeCandidate b) {
        if (NestedItems.stayApart(a, b)) {
            return false;
        }
        for (SameStatement rule : values()) {
            if (rule.holds(a, b)) {
                return true;
            }
        }
        return false;
    }
}
