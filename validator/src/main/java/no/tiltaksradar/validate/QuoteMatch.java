package no.tiltaksradar.validate;

import java.util.List;

/**
 * Where a quote stands in one document. Offsets are into {@link no.tiltaksradar.model.SourceDocument#text()}.
 *
 * @param occurrences every place whose normalised text equals the normalised quote, in document order
 * @param closest the best approximate span when there is no occurrence; null when none shares a word
 */
public record QuoteMatch(List<Occurrence> occurrences, Approximation closest) {
    public QuoteMatch {
        occurrences = List.copyOf(occurrences);
    }

    /** @param verbatim whether the original text equals the quote character for character */
    public record Occurrence(int charStart, int charEnd, boolean verbatim) {
    }

    /** @param score 1 − word edit distance / max(quote words, span words); never means verified */
    public record Approximation(int charStart, int charEnd, double score) {
    }
}
