package no.tiltaksradar.trends.files;

import java.util.Optional;
import no.tiltaksradar.propose.llm.LlmSettings;
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

/**
 * Makes the trend reporter and the question answerer: templates and extracts offline; with an LLM configured
 * ({@code tiltaksradar.llm.*}, as for the proposer) the model writes and judges through a chat model that retries with
 * the proposer's policy, and the rule checks still decide beside it.
 */
public final class TrendReporters {
    private static final String VERSION = "v1";

    private final Optional<LlmSettings> llm;
    private final String error;

    /**
     * Built from the LLM settings by system/PipelineConfiguration.
     *
     * @param error why configured LLM settings are unusable, or null: an error for whoever asks for a reporter, not at startup
     */
    public TrendReporters(Optional<LlmSettings> llm, String error) {
        this.llm = llm;
        this.error = error;
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
