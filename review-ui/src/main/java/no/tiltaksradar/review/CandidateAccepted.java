package no.tiltaksradar.review;

import java.util.Map;
import no.tiltaksradar.candidate.Candidate;

/**
 * Published inside the accepting transaction, so the register (downstream of review) records the
 * measure in the same commit as the decision, or not at all.
 *
 * @param fields the candidate's fields with the reviewer's corrections applied
 */
public record CandidateAccepted(Candidate candidate, Map<String, Object> fields, long decisionId, String reviewer) {
}
