package no.tiltaksradar.validate;

/** Where the quote stands: the first of the three answers, written as {@code validation.quote.status}. */
public enum ValidationStatus {
    /** The quote stands verbatim on the cited page. */
    VERIFIED,
    /** The quote stands on the cited page once text artefacts alone are normalised. */
    VERIFIED_FUZZY,
    /** The quote stands in the document, but on another page; location corrected. */
    WRONG_PAGE,
    /** The quote is not in the cited document, or the document is unknown or differs. */
    NOT_FOUND,
    /**
     * Only in results files written before the three separate answers: the quote was found and
     * the claimed kind rejected. Read, never written.
     */
    @Deprecated
    NOT_A_MEASURE;

    /** Whether the quote was found in the document, whatever the judgement. */
    public boolean quoteFound() {
        return this != NOT_FOUND;
    }

    /** Whether the quote stands on the cited page (verbatim or artefacts only). */
    public boolean onCitedPage() {
        return this == VERIFIED || this == VERIFIED_FUZZY;
    }
}
