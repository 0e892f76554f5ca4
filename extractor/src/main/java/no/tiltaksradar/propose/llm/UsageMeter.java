package no.tiltaksradar.propose.llm;

import dev.langchain4j.model.output.TokenUsage;
import no.tiltaksradar.propose.ProposalUsage;

/** Adds up calls and tokens of one chunk; cost at the configured prices. Not shared between threads. */
final class UsageMeter {
    private final LlmSettings settings;
    private int calls;
    private long input;
    private long output;

    UsageMeter(LlmSettings settings) {
        this.settings = settings;
    }

    void add(TokenUsage usage) {
        calls++;
        if (usage != null) {
            input += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
            output += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        }
    }

    ProposalUsage total() {
        return new ProposalUsage(calls, input, output, settings.cost(input, output));
    }
}
