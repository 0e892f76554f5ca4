package no.tiltaksradar.propose.llm;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Retries one LLM call on retriable failures with exponential backoff and jitter, waiting at
 * least as long as the server's {@code Retry-After}. LangChain4j's own retry is switched off so
 * that this is the only place that decides.
 */
final class Retrier {
    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    Retrier(int maxRetries, Duration initialBackoff, Duration maxBackoff) {
        this.maxRetries = maxRetries;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    <T> T call(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException error) {
                LlmFailure failure = LlmFailure.of(error);
                if (!failure.retriable() || attempt > maxRetries) {
                    throw new LlmCallException(failure, attempt, error);
                }
                sleep(waitBefore(attempt, failure));
            }
        }
    }

    Duration waitBefore(int attempt, LlmFailure failure) {
        long exponential = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        long backoff = Math.min(jittered, maxBackoff.toMillis());
        // the server knows its rate window better than we do, but never wait beyond our cap
        long requested = failure.requestedWait().map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.min(Math.max(backoff, requested), maxBackoff.toMillis()));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
