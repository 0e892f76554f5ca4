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

    /** A refusal of this one request (HTTP 400, e.g. context length), not of the configuration (401, 403, 404). */
    boolean refusesOnlyThisRequest() {
        return failure.statusCode() != null && failure.statusCode() == 400;
    }
}
