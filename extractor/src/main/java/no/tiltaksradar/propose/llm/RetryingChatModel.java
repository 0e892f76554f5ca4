package no.tiltaksradar.propose.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.tiltaksradar.propose.ProposalUsage;

/**
 * A chat model that retries its calls with the proposer's own policy ({@link Retrier}: backoff
 * with jitter, Retry-After honoured, 408/429/5xx/timeouts/dropped connections retried, 4xx not),
 * for callers outside this package such as the validator's LLM judge. A call that fails for good
 * throws, with the failure and the number of attempts in its message.
 */
public final class RetryingChatModel implements ChatModel {
    private final ChatModel delegate;
    private final Retrier retrier;
    private final LlmSettings settings;
    // counted across threads: the judge may be called from several documents at once
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();

    RetryingChatModel(ChatModel delegate, Retrier retrier, LlmSettings settings) {
        this.delegate = delegate;
        this.retrier = retrier;
        this.settings = settings;
    }

    /** The model the settings name, wrapped in the settings' retry policy. */
    public static RetryingChatModel from(LlmSettings settings) {
        return wrap(ChatModelFactory.create(settings), settings);
    }

    /** Any chat model (built with its own retries off) wrapped in the settings' retry policy. */
    public static RetryingChatModel wrap(ChatModel model, LlmSettings settings) {
        return new RetryingChatModel(model, new Retrier(settings.maxRetries(), settings.initialBackoff(), settings.maxBackoff()), settings);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return retrier.call(() -> count(delegate.chat(request)));
    }

    /** Calls answered so far and their tokens, with the cost at the settings' prices (NaN when none is set). */
    public ProposalUsage usage() {
        return new ProposalUsage(calls.get(), inputTokens.get(), outputTokens.get(), settings.cost(inputTokens.get(), outputTokens.get()));
    }

    private ChatResponse count(ChatResponse response) {
        calls.incrementAndGet();
        TokenUsage usage = response.tokenUsage();
        if (usage != null) {
            inputTokens.addAndGet(usage.inputTokenCount() == null ? 0 : usage.inputTokenCount());
            outputTokens.addAndGet(usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
        }
        return response;
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
