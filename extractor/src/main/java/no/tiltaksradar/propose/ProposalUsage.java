package no.tiltaksradar.propose;

/** LLM consumption for one document: calls made, tokens in and out, estimated cost in USD. */
public record ProposalUsage(int calls, long inputTokens, long outputTokens, double estimatedCostUsd) {
    public static final ProposalUsage NONE = new ProposalUsage(0, 0, 0, 0.0);

    public ProposalUsage plus(ProposalUsage other) {
        return new ProposalUsage(calls + other.calls, inputTokens + other.inputTokens,
                outputTokens + other.outputTokens, estimatedCostUsd + other.estimatedCostUsd);
    }
}
