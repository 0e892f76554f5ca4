package no.tiltaksradar.propose.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the LLM proposer needs from configuration. Built with {@link #builder()}; defaults
 * suit a local OpenAI-compatible server, and prices of 0 mean "cost unknown".
 *
 * @param deployment Azure deployment name; ignored by the other providers
 * @param apiVersion Azure api-version; ignored by the other providers
 * @param promptDir folder holding {@code prompts/}; null loads them from the classpath
 * @param maxRetries retries after the first attempt for retriable failures (429, 5xx, timeout)
 * @param concurrency chunks of one document sent at the same time
 * @param maxSplitDepth how often a chunk whose answer was cut off (finish_reason=length) is halved
 */
public record LlmSettings(LlmProvider provider, String baseUrl, String apiKey, String model,
                          String deployment, String apiVersion, double temperature, Duration timeout,
                          int maxRetries, Duration initialBackoff, Duration maxBackoff, int concurrency,
                          int maxOutputTokens, int maxSplitDepth, double inputPricePer1k,
                          double outputPricePer1k, Path promptDir, String promptName, String promptVersion) {

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        requireText(baseUrl, "baseUrl");
        requireText(model, "model");
        if (provider == LlmProvider.AZURE_OPENAI) {
            requireText(deployment, "deployment");
        }
        if (concurrency < 1 || maxRetries < 0 || maxOutputTokens < 1 || maxSplitDepth < 0) {
            throw new IllegalArgumentException("concurrency and maxOutputTokens must be >= 1, "
                    + "maxRetries and maxSplitDepth >= 0");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("LLM setting '" + name + "' is required");
        }
    }

    /**
     * Estimated cost in USD of the given token counts at the configured prices; NaN when no price
     * is set, so the cost reads as unknown and never as "USD 0.0000".
     */
    public double cost(long inputTokens, long outputTokens) {
        if (inputPricePer1k == 0 && outputPricePer1k == 0) {
            return Double.NaN;
        }
        return inputTokens / 1000.0 * inputPricePer1k + outputTokens / 1000.0 * outputPricePer1k;
    }

    /** What candidates record as their proposer: {@code llm/<model>/<prompt-version>}. */
    public String proposerId() {
        return "llm/" + model + "/" + promptVersion;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private LlmProvider provider = LlmProvider.OPENAI_COMPATIBLE;
        private String baseUrl;
        private String apiKey = "none";
        private String model;
        private String deployment;
        private String apiVersion = "2024-06-01";
        private double temperature = 0.0;
        private Duration timeout = Duration.ofSeconds(120);
        private int maxRetries = 3;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(60);
        private int concurrency = 4;
        private int maxOutputTokens = 4096;
        private int maxSplitDepth = 3;
        private double inputPricePer1k;
        private double outputPricePer1k;
        private Path promptDir;
        private String promptName = "propose-measures";
        private String promptVersion = "v3";

        public Builder provider(LlmProvider value) { provider = value; return this; }
        public Builder baseUrl(String value) { baseUrl = value; return this; }
        public Builder apiKey(String value) { apiKey = value; return this; }
        public Builder model(String value) { model = value; return this; }
        public Builder deployment(String value) { deployment = value; return this; }
        public Builder apiVersion(String value) { apiVersion = value; return this; }
        public Builder temperature(double value) { temperature = value; return this; }
        public Builder timeout(Duration value) { timeout = value; return this; }
        public Builder maxRetries(int value) { maxRetries = value; return this; }
        public Builder initialBackoff(Duration value) { initialBackoff = value; return this; }
        public Builder maxBackoff(Duration value) { maxBackoff = value; return this; }
        public Builder concurrency(int value) { concurrency = value; return this; }
        public Builder maxOutputTokens(int value) { maxOutputTokens = value; return this; }
        public Builder maxSplitDepth(int value) { maxSplitDepth = value; return this; }
        public Builder inputPricePer1k(double value) { inputPricePer1k = value; return this; }
        public Builder outputPricePer1k(double value) { outputPricePer1k = value; return this; }
        public Builder promptDir(Path value) { promptDir = value; return this; }
        public Builder promptName(String value) { promptName = value; return this; }
        public Builder promptVersion(String value) { promptVersion = value; return this; }

        public LlmSettings build() {
            // Azure names the model by its deployment; let either stand for the other
            String effectiveModel = model == null || model.isBlank() ? deployment : model;
            return new LlmSettings(provider, baseUrl, apiKey, effectiveModel, deployment, apiVersion,
                    temperature, timeout, maxRetries, initialBackoff, maxBackoff, concurrency,
                    maxOutputTokens, maxSplitDepth, inputPricePer1k, outputPricePer1k, promptDir,
                    promptName, promptVersion);
        }
    }
}
