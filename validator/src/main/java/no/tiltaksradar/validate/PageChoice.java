package no.tiltaksradar.validate;

import java.util.Comparator;
import java.util.List;

/**
 * Picks which occurrence of a quote a candidate means: one starting on the cited page if any
 * (a verbatim one before an artefact-only one), else the first in the document, as a wrong page.
 */
record PageChoice(ValidationStatus status, Location location, List<String> reasons) {

    /** @param citedStart the candidate's charStart, or -1; among equals the nearest occurrence wins */
    static PageChoice choose(IndexedDocument document, int citedPage, int citedStart, List<QuoteMatch.Occurrence> occurrences) {
        Comparator<QuoteMatch.Occurrence> verbatimFirst = Comparator.<QuoteMatch.Occurrence, Boolean>comparing(o -> !o.verbatim())
                .thenComparingInt(o -> citedStart < 0 ? 0 : Math.abs(o.charStart() - citedStart));
        return occurrences.stream()
                .filter(o -> Location.of(document, o.charStart(), o.charEnd()).page() == citedPage)
                .min(verbatimFirst)
                .map(o -> onCitedPage(document, o))
                .orElseGet(() -> elsewhere(document, citedPage, occurrences.stream().min(verbatimFirst).orElseThrow()));
    }

    private static PageChoice onCitedPage(IndexedDocument document, QuoteMatch.Occurrence occurrence) {
        Location location = Location.of(document, occurrence.charStart(), occurrence.charEnd());
        return occurrence.verbatim()
                ? new PageChoice(ValidationStatus.VERIFIED, location, List.of("quote found verbatim on page " + location.page()))
                : new PageChoice(ValidationStatus.VERIFIED_FUZZY, location, List.of("quote found on page " + location.page()
                        + " once text artefacts (whitespace, hyphenation, ligatures, quotes, dashes, case, footnote markers) are normalised"));
    }

    private static PageChoice elsewhere(IndexedDocument document, int citedPage, QuoteMatch.Occurrence occurrence) {
        Location location = Location.of(document, occurrence.charStart(), occurrence.charEnd());
        String how = occurrence.verbatim() ? "verbatim" : "after normalising text artefacts";
        return new PageChoice(ValidationStatus.WRONG_PAGE, location, List.of("quote found " + how + " on page "
                + location.page() + ", not on cited page " + citedPage + "; page and offsets corrected"));
    }
}
