package no.tiltaksradar.system;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import no.tiltaksradar.propose.llm.LlmSettings;
import no.tiltaksradar.propose.llm.LlmSettingsProperties;
import org.springframework.core.env.Environment;

/**
 * The LLM settings from {@code tiltaksradar.llm.*} (command line, environment variables such as
 * {@code TILTAKSRADAR_LLM_BASE_URL}, application properties). Empty unless
 * {@code tiltaksradar.llm.enabled=true}: the product then runs offline. Settings that do not
 * make sense are kept as an error for whoever asks for the LLM, so other commands still run.
 *
 * @param error why the LLM settings are unusable, or null
 */
record LlmConfiguration(Optional<LlmSettings> settings, String error) {
    private static final List<String> KEYS = List.of("enabled", "provider", "base-url", "api-key", "model", "deployment",
            "api-version", "temperature", "timeout", "max-retries", "concurrency", "max-output-tokens", "max-split-depth",
            "price.input-per-1k", "price.output-per-1k", "prompt-dir", "prompt-version");

    static LlmConfiguration from(Environment environment) {
        Properties properties = new Properties();
        for (String key : KEYS) {
            // Environment lookups are relaxed: tiltaksradar.llm.base-url also finds TILTAKSRADAR_LLM_BASE_URL
            String value = environment.getProperty(LlmSettingsProperties.PREFIX + key);
            if (value != null) {
                properties.setProperty(LlmSettingsProperties.PREFIX + key, value);
            }
        }
        try {
            return new LlmConfiguration(LlmSettingsProperties.read(properties), null);
        } catch (RuntimeException e) {
            return new LlmConfiguration(Optional.empty(), "the LLM settings are not usable: " + e.getMessage());
        }
    }
}
