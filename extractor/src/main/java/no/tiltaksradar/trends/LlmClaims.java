package no.tiltaksradar.trends;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.propose.llm.PromptSet;

/**
 * Asks a chat model for cited sentences and reads its answer into claims. Passage ids resolve only to the passages handed
 * to the model; a quote it cites by document and page is taken as given and left to the checker to verify.
 */
final class LlmClaims {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LlmClaims() {
    }

    /** The model's raw answer to the prompt filled with these values. */
    static String ask(ChatModel model, PromptSet prompt, Map<String, String> values) {
        return model.chat(List.of(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user(values)))).aiMessage().text();
    }

    static List<Claim> read(String answer, Claim.Kind kind, Map<String, Passage> passages) throws IOException {
        JsonNode root = JSON.readTree(jsonPart(answer));
        List<Claim> claims = new ArrayList<>();
        for (JsonNode s : root.path("sentences")) {
            List<Passage> cited = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (JsonNode id : s.path("passages")) {
                Passage p = passages.get(id.asText());
                if (p == null) {
                    unresolved.add("passage " + id.asText());
                } else {
                    cited.add(p);
                }
            }
            for (JsonNode q : s.path("quotes")) {
                cited.add(new Passage(null, q.path("document").asText(), q.path("page").asInt(), null, q.path("quote").asText(), 0));
            }
            claims.add(new Claim(s.path("text").asText(), kind, strings(s.path("measures")), cited, unresolved,
                    strings(s.path("figures")), null));
        }
        return claims;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String jsonPart(String answer) throws IOException {
        int from = answer == null ? -1 : answer.indexOf('{');
        int to = answer == null ? -1 : answer.lastIndexOf('}');
        if (from < 0 || to < from) {
            throw new IOException("no JSON object in the answer");
        }
        return answer.substring(from, to + 1);
    }

    /** Passages as the model sees them: "[P1] file.pdf, page 3: text", one per line. */
    static String list(Map<String, Passage> passages) {
        StringBuilder text = new StringBuilder();
        passages.forEach((id, p) -> text.append('[').append(id).append("] ").append(p.fileName()).append(", page ").append(p.page())
                .append(": ").append(p.text()).append('\n'));
        return text.toString();
    }
}
