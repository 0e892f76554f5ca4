package no.tiltaksradar.agreement;

import java.time.Instant;

/**
 * One assigned reviewer's own decision on a candidate, as stored: never changed afterwards.
 *
 * @param action ACCEPT or REJECT
 * @param kind the kind accepted as (MEASURE or GOAL); null for a rejection
 * @param reason the rejection's reason
 */
public record IndependentDecision(long id, long candidateId, long documentId, String reviewer, String action, String kind,
                                  String reason, String comment, Instant decidedAt, int candidateVersion) {

    /** The same verdict: both reject, or both accept as the same kind. */
    public boolean agreesWith(IndependentDecision other) {
        return action.equals(other.action) && ("REJECT".equals(action) || java.util.Objects.equals(kind, other.kind));
    }
}
