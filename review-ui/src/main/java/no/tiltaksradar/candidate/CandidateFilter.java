package no.tiltaksradar.candidate;

/**
 * Filters of the candidate list; null means "any". Text filters match case-insensitively.
 *
 * @param status the validation's overall status (e.g. VERIFIED, NEEDS_REVIEW, NOT_FOUND)
 * @param q free text in name, quote and section
 */
public record CandidateFilter(String status, String quoteStatus, Long document, Long run, String kind, Double minConfidence,
                              Double maxConfidence, String ministry, String agency, Integer year, String technology,
                              String purpose, String reviewState, String q) {

    public static CandidateFilter none() {
        return new CandidateFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
