package no.tiltaksradar.propose;

/** A document the proposer could not process; the batch of other documents carries on. */
public class ProposalException extends Exception {
    private final boolean retriable;

    public ProposalException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
    }

    /** True for transient causes (rate limit, 5xx, timeout) that a later run may get past. */
    public boolean retriable() {
        return retriable;
    }
}
