package no.tiltaksradar.propose.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads {@link LlmSettings} from flat configuration keys under {@code tiltaksradar.llm.}, as the
 * command line and the Spring application both have them; unset keys keep the builder's defaults.
 * Empty when {@code tiltaksradar.llm.enabled} is not true: the pipeline then uses the pattern proposer.
 */
public final class LlmSettingsProperties {
    public static final String PREFIX = "tiltaksradar.llm.";

    private LlmSettingsProperties() {
    }

    public static Optional<LlmSettings> read(Properties properties) {
        if (!Boolean.parseBoolean(get(properties, "enabled").orElse("false"))) {
            return Optional.empty();
        }
        LlmSettings.Builder b = LlmSettings.builder();
        get(properties, "provider").ifPresent(v -> b.provider(LlmProvider.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'))));
        get(properties, "base-url").ifPresent(b::baseUrl);
        get(properties, "api-key").ifPresent(b::apiKey);
        get(properties, "model").ifPresent(b::model);
        get(properties, "deployment").ifPresent(b::deployment);
        get(properties, "api-version").ifPresent(b::apiVersion);
        get(properties, "temperature").ifPresent(v -> b.temperature(Double.parseDouble(v)));
        get(properties, "timeout").ifPresent(v -> b.timeout(Duration.parse(v)));
        get(properties, "max-retries").ifPresent(v -> b.maxRetries(Integer.parseInt(v)));
        get(properties, "concurrency").ifPresent(v -> b.concurrency(Integer.parseInt(v)));
        get(properties, "max-output-tokens").ifPresent(v -> b.maxOutputTokens(Integer.parseInt(v)));
        get(properties, "max-split-depth").ifPresent(v -> b.maxSplitDepth(Integer.parseInt(v)));
        get(properties, "price.input-per-1k").ifPresent(v -> b.inputPricePer1k(Double.parseDouble(v)));
        get(properties, "price.output-per-1k").ifPresent(v -> b.outputPricePer1k(Double.parseDouble(v)));
        get(properties, "prompt-dir").ifPresent(v -> b.promptDir(Path.of(v)));
        get(properties, "prompt-version").ifPresent(b::promptVersion);
        return Optional.of(b.build());
    }

    private static Optional<String> get(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(PREFIX + key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
