package no.tiltaksradar.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import no.tiltaksradar.propose.MeasureProposer;

/**
 * The proposers a run can choose by name. A proposer that needs configuration it does not have
 * (the LLM without an endpoint, say) is listed with the reason instead, so choosing it says what to set.
 */
public final class ProposerRegistry {
    private final Map<String, Supplier<MeasureProposer>> available = new LinkedHashMap<>();
    private final Map<String, String> unavailable = new LinkedHashMap<>();

    public ProposerRegistry register(String name, Supplier<MeasureProposer> proposer) {
        available.put(name, proposer);
        return this;
    }

    public ProposerRegistry unavailable(String name, String reason) {
        unavailable.put(name, reason);
        return this;
    }

    /** The names a run can choose now, in the order they were registered (the offline default first). */
    public java.util.Set<String> availableNames() {
        return java.util.Collections.unmodifiableSet(available.keySet());
    }

    /** @throws IllegalArgumentException saying what is missing, or which names exist */
    public MeasureProposer get(String name) {
        Supplier<MeasureProposer> proposer = available.get(name);
        if (proposer != null) {
            return proposer.get();
        }
        if (unavailable.containsKey(name)) {
            throw new IllegalArgumentException("proposer '" + name + "' is not available: " + unavailable.get(name));
        }
        throw new IllegalArgumentException("no proposer '" + name + "'; choose one of " + available.keySet());
    }
}
