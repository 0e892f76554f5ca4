package no.tiltaksradar.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.tiltaksradar.model.MeasureKind;

/**
 * Asks a chat model what a quote states. The document's words go to the model only inside
 * delimiters the system prompt declares to be data, with those delimiters stripped from the text,
 * so a document cannot instruct the model. A failed call or an unreadable answer is an
 * {@link JudgedKind#UNCLEAR} judgement with the reason, never an exception that stops a batch.
 */
public final class LlmMeasureJudge implements MeasureJudge {
    public static final String PROMPT = "prompts/measure-judge/v1/system.txt";

    private final ChatModel model;
    private final String name;
    private final String systemPrompt;
    private final ObjectMapper json = new ObjectMapper();

    /** @param name recorded as the judge, e.g. {@code llm/gpt-4.1/measure-judge.v1} */
    public LlmMeasureJudge(ChatModel model, String name) {
        this.model = model;
        this.name = name;
        this.systemPrompt = readPrompt();
    }

    @Override
    public Judgement judge(String quote, String contextBefore, MeasureKind claimed) {
        try {
            String answer = model.chat(List.of(SystemMessage.from(systemPrompt),
                    UserMessage.from(userMessage(quote, contextBefore)))).aiMessage().text();
            return parse(answer);
        } catch (RuntimeException e) {
            return new Judgement(JudgedKind.UNCLEAR, "LLM call failed: " + e.getMessage(), name);
        }
    }

    static String userMessage(String quote, String contextBefore) {
        return "<document_excerpt>\n" + asData(contextBefore == null ? "" : contextBefore) + "\n</document_excerpt>\n"
                + "<quote>\n" + asData(quote) + "\n</quote>\n"
                + "What does the quote state? Answer in the JSON format given.";
    }

    // a document that contains our closing delimiter must not be able to end the data block
    static String asData(String text) {
        return text.replaceAll("(?i)</?\\s*(document_excerpt|quote)\\s*>", " ");
    }

    Judgement parse(String answer) {
        try {
            int from = answer.indexOf('{');
            int to = answer.lastIndexOf('}');
            JsonNode node = json.readTree(answer.substring(from, to + 1));
            JudgedKind kind = JudgedKind.valueOf(node.path("kind").asText().trim().toUpperCase(Locale.ROOT));
            return new Judgement(kind, node.path("reason").asText(""), name);
        } catch (IOException | RuntimeException e) {
            return new Judgement(JudgedKind.UNCLEAR, "unreadable LLM answer: " + abbreviate(answer), name);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    private static String readPrompt() {
        try (InputStream in = LlmMeasureJudge.class.getClassLoader().getResourceAsStream(PROMPT)) {
            if (in == null) {
                throw new IllegalStateException("prompt missing from the classpath: " + PROMPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + PROMPT, e);
        }
    }
}
