package no.tiltaksradar.propose.llm;

import com.azure.core.exception.HttpResponseException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * What went wrong in one LLM call, read from the whole cause chain because LangChain4j and the
 * Azure SDK each wrap the HTTP failure differently. Retriable: 408, 429, 5xx and timeouts;
 * everything else (400, 401, 403, 404 ...) fails at once.
 */
record LlmFailure(boolean retriable, Integer statusCode, Duration retryAfter, String summary) {

    static LlmFailure of(Throwable error) {
        Integer status = null;
        Duration retryAfter = null;
        boolean timeout = false;
        boolean transientIo = false;
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof HttpStatusException e) {
                retryAfter = e.retryAfter().orElse(retryAfter);
            }
            if (status == null && t instanceof HttpException e) {
                status = e.statusCode();
            }
            if (t instanceof HttpResponseException e && e.getResponse() != null) {
                status = status == null ? e.getResponse().getStatusCode() : status;
                retryAfter = retryAfter != null ? retryAfter
                        : RetryAfter.parse(e.getResponse().getHeaderValue("Retry-After"));
            }
            timeout |= isTimeout(t);
            // a dropped connection is worth another try; LangChain4j marks its own view too
            transientIo |= t instanceof java.io.IOException || t instanceof RetriableException;
        }
        boolean retriable = status != null ? isRetriableStatus(status) : timeout || transientIo;
        return new LlmFailure(retriable, status, retryAfter, describe(error, status, timeout));
    }

    Optional<Duration> requestedWait() {
        return Optional.ofNullable(retryAfter);
    }

    private static boolean isRetriableStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private static boolean isTimeout(Throwable t) {
        return t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
                || t instanceof java.util.concurrent.TimeoutException
                || t instanceof dev.langchain4j.exception.TimeoutException;
    }

    private static String describe(Throwable error, Integer status, boolean timeout) {
        String what = status != null ? "HTTP " + status : timeout ? "timeout" : error.getClass().getSimpleName();
        String message = String.valueOf(error.getMessage());
        return what + ": " + (message.length() > 200 ? message.substring(0, 200) + "..." : message);
    }
}
