package no.tiltaksradar.system;

import java.util.Optional;
import no.tiltaksradar.propose.llm.LlmSettings;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The LLM settings ({@link LlmProperties}) as the pipeline uses them. Empty unless
 * {@code tiltaksradar.llm.enabled=true}: the product then runs offline. Settings that do not
 * make sense are kept as an error for whoever asks for the LLM, so other commands still run:
 * that is why they are bound here, where a failure can be caught, and not as the context starts.
 *
 * @param error why the LLM settings are unusable, or null
 */
record LlmConfiguration(Optional<LlmSettings> settings, String error) {

    static LlmConfiguration from(Environment environment) {
        try {
            // relaxed binding: tiltaksradar.llm.base-url also reads TILTAKSRADAR_LLM_BASE_URL
            BindResult<LlmProperties> bound = Binder.get(environment).bind(LlmProperties.PREFIX, Bindable.of(LlmProperties.class));
            return new LlmConfiguration(bound.isBound() ? bound.get().settings() : Optional.empty(), null);
        } catch (RuntimeException e) {
            return new LlmConfiguration(Optional.empty(), "the LLM settings are not usable: " + reason(e));
        }
    }

    // a binding failure names the key; its cause says what was wrong with the value
    private static String reason(Throwable e) {
        Throwable cause = e.getCause();
        return cause == null || cause.getMessage() == null ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause.getMessage() + ")";
    }
}
