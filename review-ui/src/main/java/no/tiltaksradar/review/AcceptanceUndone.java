package no.tiltaksradar.review;

/** An accepting decision was taken back: the register lets go of what it took in for it, in the same transaction. */
public record AcceptanceUndone(long candidateId, long acceptingDecisionId, String reviewer) {
}
