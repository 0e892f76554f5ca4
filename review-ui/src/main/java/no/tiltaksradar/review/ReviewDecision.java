package no.tiltaksradar.review;

import java.time.Instant;
import java.util.List;

/**
 * One decision, as stored: never changed afterwards.
 *
 * @param candidateVersion the candidate's version the reviewer decided on
 * @param relatedId the candidate merged into or set as parent, for MERGE and PARENT
 */
public record ReviewDecision(long id, long candidateId, Action action, String reviewer, Instant decidedAt, String reason,
                             String comment, List<FieldChange> changes, int candidateVersion, Long relatedId) {
}
