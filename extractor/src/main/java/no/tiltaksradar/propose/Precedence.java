package no.tiltaksradar.propose;

import java.util.Comparator;

/**
 * Which of two readings of one statement stays: the rules in order, the first that tells them
 * apart decides.
 */
enum Precedence {
    /**
     * A quote found in the document beats one that was not, however long: only a found quote has
     * a page and offsets a reviewer can check, and an unfound one may be a model's paraphrase.
     */
    VERIFIED_QUOTE_FIRST(Comparator.comparing((MergeCandidate c) -> !c.located())),
    /**
     * Then the proposer's own confidence: a list item or table row (stated as a measure by the
     * document) over a sentence read from prose, a verbatim match over a loose one.
     */
    MORE_CONFIDENT_FIRST(Comparator.comparingDouble((MergeCandidate c) -> c.candidate().provenance().confidence()).reversed()),
    /**
     * Then the longer quote: it holds the shorter reading's words and what qualifies them (the
     * actor, the deadline), which a cut-down reading loses.
     */
    LONGER_QUOTE_FIRST(Comparator.comparingInt(Precedence::length).reversed());

    private final Comparator<MergeCandidate> order;

    Precedence(Comparator<MergeCandidate> order) {
        this.order = order;
    }

    /** All rules chained: the candidate that sorts first wins. */
    static Comparator<MergeCandidate> order() {
        Comparator<MergeCandidate> all = values()[0].order;
        for (int i = 1; i < values().length; i++) {
            all = all.thenComparing(values()[i].order);
        }
        return all;
    }

    /** Span length where the quote was found (a joined line break counts as in the text), else the quote's. */
    private static int length(MergeCandidate c) {
        return c.located() ? c.candidate().charEnd() - c.candidate().charStart() : c.candidate().quote().length();
    }
}
