package no.tiltaksradar.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import no.tiltaksradar.propose.llm.LlmProvider;
import no.tiltaksradar.propose.llm.LlmSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings under {@code tiltaksradar.llm.*} (command line, environment variables such as
 * {@code TILTAKSRADAR_LLM_BASE_URL}, application properties), bound once; the only place their
 * names are written in code. An unset setting keeps {@link LlmSettings.Builder}'s default.
 *
 * @param enabled the LLM is used only when true; the product otherwise runs offline
 * @param provider {@code openai-compatible}, {@code azure-openai} or {@code ollama}
 * @param timeout e.g. {@code PT120S} or {@code 120s}
 * @param price USD per 1000 input and output tokens; unset means "cost unknown"
 * @param promptDir a folder of versioned prompts, relative to the working folder; unset reads them from the classpath
 */
@ConfigurationProperties(LlmProperties.PREFIX)
record LlmProperties(boolean enabled, String provider, String baseUrl, String apiKey, String model, String deployment,
                     String apiVersion, Double temperature, Duration timeout, Integer maxRetries, Integer concurrency,
                     Integer maxOutputTokens, Integer maxSplitDepth, Price price, String promptDir, String promptVersion) {

    static final String PREFIX = "tiltaksradar.llm";

    /** Prices in USD per 1000 tokens ({@code tiltaksradar.llm.price.input-per-1k}, {@code .output-per-1k}). */
    record Price(Double inputPer1k, Double outputPer1k) {
    }

    /** The proposer's and judge's settings; empty unless enabled. */
    Optional<LlmSettings> settings() {
        if (!enabled) {
            return Optional.empty();
        }
        LlmSettings.Builder b = LlmSettings.builder();
        set(text(provider), v -> b.provider(LlmProvider.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'))));
        set(text(baseUrl), b::baseUrl);
        set(text(apiKey), b::apiKey);
        set(text(model), b::model);
        set(text(deployment), b::deployment);
        set(text(apiVersion), b::apiVersion);
        set(temperature, b::temperature);
        set(timeout, b::timeout);
        set(maxRetries, b::maxRetries);
        set(concurrency, b::concurrency);
        set(maxOutputTokens, b::maxOutputTokens);
        set(maxSplitDepth, b::maxSplitDepth);
        if (price != null) {
            set(price.inputPer1k(), b::inputPricePer1k);
            set(price.outputPer1k(), b::outputPricePer1k);
        }
        // bound as text: Spring's Path conversion would look a relative folder up on the classpath first, so a
        // customised ./prompts would silently lose to the packaged one
        set(promptDir == null || promptDir.isBlank() ? null : Path.of(promptDir), b::promptDir);
        set(text(promptVersion), b::promptVersion);
        return Optional.of(b.build());
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
