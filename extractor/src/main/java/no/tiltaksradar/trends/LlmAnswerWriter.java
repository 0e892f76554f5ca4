package no.tiltaksradar.trends;

import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.propose.llm.PromptSet;

/**
 * An answer written by an LLM from the retrieved passages, each sentence citing passage ids. A failed call or an
 * unreadable answer falls back to the extractive answer: the passages' own sentences.
 */
public final class LlmAnswerWriter implements AnswerWriter {
    private final ChatModel model;
    private final PromptSet prompt;

    public LlmAnswerWriter(ChatModel model, PromptSet prompt) {
        this.model = model;
        this.prompt = prompt;
    }

    @Override
    public List<Claim> write(String question, List<Passage> passages) {
        Map<String, Passage> byId = new LinkedHashMap<>();
        passages.forEach(p -> byId.put("P" + (byId.size() + 1), p));
        try {
            String answer = LlmClaims.ask(model, prompt, Map.of("question", question, "chunk_text", LlmClaims.list(byId)));
            return LlmClaims.read(answer, Claim.Kind.ANSWER, byId);
        } catch (IOException | RuntimeException e) {
            return EXTRACTIVE.write(question, passages);
        }
    }
}
