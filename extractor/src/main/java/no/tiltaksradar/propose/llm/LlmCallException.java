package no.tiltaksradar.propose.llm;

/** One LLM call that failed for good: retries used up or a failure not worth retrying. */
class LlmCallException extends RuntimeException {
    private final LlmFailure failure;

    LlmCallException(LlmFailure failure, int attempts, Throwable cause) {
        super(failure.summary() + " (after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ")", cause);
        this.failure = failure;
    }

    boolean retriable() {
        return failure.retriable();
    }
}
