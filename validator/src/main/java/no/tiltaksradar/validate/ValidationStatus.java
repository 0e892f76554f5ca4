package no.tiltaksradar.validate;

/** Outcome of validating one candidate, as written to {@code validation.status}. */
public enum ValidationStatus {
    /** The quote stands verbatim on the cited page. */
    VERIFIED,
    /** The quote stands on the cited page once text artefacts alone are normalised. */
    VERIFIED_FUZZY,
    /** The quote stands in the document, but on another page; location corrected. */
    WRONG_PAGE,
    /** The quote is not in the cited document, or the document is unknown or differs. */
    NOT_FOUND,
    /** The quote is there, but states a goal, potential or description rather than what the candidate claims. */
    NOT_A_MEASURE;

    /** Whether the quote was found in the document, whatever the judgement. */
    public boolean quoteFound() {
        return this != NOT_FOUND;
    }
}
