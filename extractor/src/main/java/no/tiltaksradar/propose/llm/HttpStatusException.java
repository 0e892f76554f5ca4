package no.tiltaksradar.propose.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/**
 * A non-2xx answer that keeps the server's {@code Retry-After}, which LangChain4j's own
 * {@link HttpException} drops; LangChain4j wraps it as the cause of its mapped exceptions.
 */
public class HttpStatusException extends HttpException {
    private final Duration retryAfter;

    public HttpStatusException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
