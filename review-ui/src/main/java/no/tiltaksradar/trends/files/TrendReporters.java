package no.tiltaksradar.trends.files;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import no.tiltaksradar.propose.llm.LlmSettings;
import no.tiltaksradar.propose.llm.LlmSettingsProperties;
import no.tiltaksradar.propose.llm.PromptLibrary;
import no.tiltaksradar.propose.llm.RetryingChatModel;
import no.tiltaksradar.trends.LlmAnswerWriter;
import no.tiltaksradar.trends.LlmNarrator;
import no.tiltaksradar.trends.LlmSupportJudge;
import no.tiltaksradar.trends.PassageSearch;
import no.tiltaksradar.trends.QuestionAnswerer;
import no.tiltaksradar.trends.SupportJudge;
import no.tiltaksradar.trends.ThemeCatalog;
import no.tiltaksradar.trends.TrendReporter;
import org.springframework.core.env.Environment;

/**
 * Makes the trend reporter and the question answerer: templates and extracts offline; with an LLM configured
 * ({@code tiltaksradar.llm.*}, as for the proposer) the model writes and judges through a chat model that retries with
 * the proposer's policy, and the rule checks still decide beside it.
 */
public final class TrendReporters {
    private static final String VERSION = "v1";
    // the proposer's keys (system/LlmConfiguration, package-private there): read the same way, so one setting switches both
    private static final List<String> KEYS = List.of("enabled", "provider", "base-url", "api-key", "model", "deployment",
            "api-version", "temperature", "timeout", "max-retries", "concurrency", "max-output-tokens", "max-split-depth",
            "price.input-per-1k", "price.output-per-1k", "prompt-dir", "prompt-version");

    private final Optional<LlmSettings> llm;
    private final String error;

    /** @param error why the LLM settings are unusable, or null */
    public TrendReporters(Optional<LlmSettings> llm, String error) {
        this.llm = llm;
        this.error = error;
    }

    /** Offline unless {@code tiltaksradar.llm.enabled=true}; unusable LLM settings are an error for whoever asks, not at startup. */
    public static TrendReporters from(Environment environment) {
        Properties properties = new Properties();
        for (String key : KEYS) {
            String value = environment.getProperty(LlmSettingsProperties.PREFIX + key);
            if (value != null) {
                properties.setProperty(LlmSettingsProperties.PREFIX + key, value);
            }
        }
        try {
            return new TrendReporters(LlmSettingsProperties.read(properties), null);
        } catch (RuntimeException e) {
            return new TrendReporters(Optional.empty(), "the LLM settings are not usable: " + e.getMessage());
        }
    }

    public TrendReporter reporter(PassageSearch search) {
        requireUsable();
        if (llm.isEmpty()) {
            return TrendReporter.offline(search);
        }
        LlmSettings s = llm.get();
        RetryingChatModel model = RetryingChatModel.from(s);
        PromptLibrary prompts = PromptLibrary.of(s.promptDir());
        return new TrendReporter(ThemeCatalog.defaults(), search, new LlmNarrator(model, prompts.load("trends-narrative", VERSION),
                "llm/" + s.model() + "/trends-narrative." + VERSION, ThemeCatalog.defaults()), judge(model, prompts, s));
    }

    public QuestionAnswerer answerer(PassageSearch search) {
        requireUsable();
        if (llm.isEmpty()) {
            return QuestionAnswerer.extractive(search);
        }
        LlmSettings s = llm.get();
        RetryingChatModel model = RetryingChatModel.from(s);
        PromptLibrary prompts = PromptLibrary.of(s.promptDir());
        return new QuestionAnswerer(search, new LlmAnswerWriter(model, prompts.load("trends-ask", VERSION)),
                "llm/" + s.model() + "/trends-ask." + VERSION, judge(model, prompts, s));
    }

    private void requireUsable() {
        if (error != null) {
            throw new IllegalStateException(error);
        }
    }

    private static SupportJudge judge(RetryingChatModel model, PromptLibrary prompts, LlmSettings s) {
        return new LlmSupportJudge(model, prompts.load("trends-judge", VERSION), "llm/" + s.model() + "/trends-judge." + VERSION);
    }
}
