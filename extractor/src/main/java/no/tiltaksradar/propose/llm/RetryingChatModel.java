package no.tiltaksradar.propose.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Set;

/**
 * A chat model that retries its calls with the proposer's own policy ({@link Retrier}: backoff
 * with jitter, Retry-After honoured, 408/429/5xx/timeouts/dropped connections retried, 4xx not),
 * for callers outside this package such as the validator's LLM judge. A call that fails for good
 * throws, with the failure and the number of attempts in its message.
 */
public final class RetryingChatModel implements ChatModel {
    private final ChatModel delegate;
    private final Retrier retrier;

    RetryingChatModel(ChatModel delegate, Retrier retrier) {
        this.delegate = delegate;
        this.retrier = retrier;
    }

    /** The model the settings name, wrapped in the settings' retry policy. */
    public static RetryingChatModel from(LlmSettings settings) {
        return wrap(ChatModelFactory.create(settings), settings);
    }

    /** Any chat model (built with its own retries off) wrapped in the settings' retry policy. */
    public static RetryingChatModel wrap(ChatModel model, LlmSettings settings) {
        return new RetryingChatModel(model, new Retrier(settings.maxRetries(), settings.initialBackoff(), settings.maxBackoff()));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return retrier.call(() -> delegate.chat(request));
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }
}
