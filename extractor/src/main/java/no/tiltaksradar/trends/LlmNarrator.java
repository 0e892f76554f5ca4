package no.tiltaksradar.trends;

import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.propose.llm.PromptSet;

/**
 * The narrative written by an LLM through LangChain4j from the computed figures, the counted measures and the themes'
 * evidence; it proposes, the {@link ClaimChecker} disposes. A failed call or an unreadable answer falls back to the
 * template narrative and says so, rather than showing nothing or something unchecked.
 */
public final class LlmNarrator implements Narrator {
    private static final int QUOTE_CHARS = 240;
    private final ChatModel model;
    private final PromptSet prompt;
    private final String name;
    private final List<Theme> themes;

    /** @param model a chat model that retries on its own ({@code RetryingChatModel}) */
    public LlmNarrator(ChatModel model, PromptSet prompt, String name, List<Theme> themes) {
        this.model = model;
        this.prompt = prompt;
        this.name = name;
        this.themes = List.copyOf(themes);
    }

    @Override
    public Narrative write(TrendData data, Aggregates aggregates, ThemeAnalysis analysis) {
        Map<String, Passage> passages = passages(analysis);
        try {
            String answer = LlmClaims.ask(model, prompt, Map.of("figures", figures(data, aggregates),
                    "chunk_text", measures(data) + "\n" + LlmClaims.list(passages)));
            List<Claim> claims = LlmClaims.read(answer, Claim.Kind.NARRATIVE, passages);
            return new Narrative(name, List.of(new Narrative.Section("Fortelling", claims)));
        } catch (IOException | RuntimeException e) {
            Narrative fallback = new TemplateNarrator().write(data, aggregates, analysis);
            return new Narrative("template (" + name + " failed: " + e.getMessage() + ")", fallback.sections());
        }
    }

    private String figures(TrendData data, Aggregates aggregates) {
        FigureBook book = new FigureBook(data, themes);
        StringBuilder text = new StringBuilder();
        for (String key : book.keys(aggregates)) {
            book.value(key).ifPresent(v -> text.append(key).append(" = ").append(Numbers.format(round(v))).append('\n'));
        }
        return text.toString();
    }

    private static double round(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static String measures(TrendData data) {
        StringBuilder text = new StringBuilder();
        for (TrendMeasure m : data.countedMeasures()) {
            String quote = m.quote().length() > QUOTE_CHARS ? m.quote().substring(0, QUOTE_CHARS) + "…" : m.quote();
            text.append('[').append(m.id()).append("] ").append(m.document()).append(", page ").append(m.page()).append(", ministry ")
                    .append(data.ministryOf(m)).append(", technology ").append(m.technology()).append(": ").append(quote).append('\n');
        }
        return text.toString();
    }

    private static Map<String, Passage> passages(ThemeAnalysis analysis) {
        Map<String, Passage> passages = new LinkedHashMap<>();
        if (analysis != null) {
            analysis.shifts().forEach(s -> s.evidence().forEach(p -> passages.putIfAbsent("P" + (passages.size() + 1), p)));
        }
        return passages;
    }
}
