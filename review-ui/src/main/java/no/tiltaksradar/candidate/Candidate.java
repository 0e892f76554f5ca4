package no.tiltaksradar.candidate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * A stored candidate. {@code record} is the measure record exactly as proposed and validated;
 * {@code edits} are the reviewers' current corrections on top of it (the history is in the decisions);
 * {@code highlight} the quote's rectangles on its page(s) in PDF points, origin top-left.
 *
 * @param reviewState OPEN, ACCEPTED, REJECTED or MERGED
 * @param version increases with every decision; a decision names the version it was made on
 */
public record Candidate(long id, Long runId, long documentId, String documentName, String recordId, String kind, String name,
                        String quote, Integer page, String pageLabel, String section, String ministry, String agencies,
                        double confidence, String quoteStatus, String overallStatus, String proposer, String addedBy,
                        String reviewState, Long parentId, int version, Instant createdAt,
                        @JsonRawValue @JsonInclude(JsonInclude.Include.NON_NULL) String record,
                        @JsonRawValue @JsonInclude(JsonInclude.Include.NON_NULL) String edits,
                        @JsonRawValue @JsonInclude(JsonInclude.Include.NON_NULL) String highlight) {

    /** The same candidate without the whole record: list pages stay small; one candidate carries it all. */
    public Candidate summary() {
        return new Candidate(id, runId, documentId, documentName, recordId, kind, name, quote, page, pageLabel, section, ministry,
                agencies, confidence, quoteStatus, overallStatus, proposer, addedBy, reviewState, parentId, version, createdAt, null, null, null);
    }

    public boolean quoteVerified() {
        return "VERIFIED".equals(quoteStatus) || "VERIFIED_FUZZY".equals(quoteStatus);
    }
}
