package no.tiltaksradar.trends;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.propose.llm.PromptSet;

/**
 * The LLM judge beside the rule check: does the cited text support the sentence? A failed call or an unreadable answer is
 * a "no" with the reason, so an unjudged sentence is never shown as fact.
 */
public final class LlmSupportJudge implements SupportJudge {
    private final ChatModel model;
    private final PromptSet prompt;
    private final String name;
    private final ObjectMapper json = new ObjectMapper();

    public LlmSupportJudge(ChatModel model, PromptSet prompt, String name) {
        this.model = model;
        this.prompt = prompt;
        this.name = name;
    }

    @Override
    public Reading judge(String sentence, List<String> evidence) {
        String answer;
        try {
            answer = LlmClaims.ask(model, prompt, Map.of("sentence", sentence, "chunk_text", String.join("\n---\n", evidence)));
        } catch (RuntimeException e) {
            return new Reading(false, "LLM call failed: " + e.getMessage(), name);
        }
        try {
            JsonNode node = json.readTree(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
            if (!node.path("supported").isBoolean()) {
                return new Reading(false, "unreadable answer: " + answer, name);
            }
            return new Reading(node.path("supported").asBoolean(), node.path("reason").asText(""), name);
        } catch (java.io.IOException | RuntimeException e) {
            return new Reading(false, "unreadable answer: " + answer, name);
        }
    }
}
