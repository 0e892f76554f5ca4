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
import java.util.Optional;
import no.tiltaksradar.model.MeasureKind;

/**
 * Asks a chat model what a quote states. The document's words go to the model only inside
 * delimiters the system prompt declares to be data, with those delimiters stripped from the text,
 * so a document cannot instruct the model; should the text still address the model, its reading
 * counts as failed, never as agreement. A failed call (after the retries of the chat model it
 * is given) or an unreadable answer is a {@link Judgement#failed} judgement with the reason,
 * never an exception that stops a batch and never a reading.
 */
public final class LlmMeasureJudge implements MeasureJudge {
    public static final String PROMPT = "prompts/measure-judge/v2/system.txt";

    private final ChatModel model;
    private final String name;
    private final String systemPrompt;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param model a chat model that retries on its own, e.g. {@code ChatModelFactory.createRetrying(settings)}
     * @param name recorded as the judge, e.g. {@code llm/gpt-4.1/measure-judge.v2}
     */
    public LlmMeasureJudge(ChatModel model, String name) {
        this.model = model;
        this.name = name;
        this.systemPrompt = readPrompt();
    }

    @Override
    public Judgement judge(QuoteInContext quote, MeasureKind claimed) {
        String answer;
        try {
            answer = model.chat(List.of(SystemMessage.from(systemPrompt), UserMessage.from(userMessage(quote)))).aiMessage().text();
        } catch (RuntimeException e) {
            return Judgement.failed("LLM call failed: " + abbreviate(String.valueOf(e.getMessage())), name);
        }
        Judgement reading = parse(answer);
        // the model has been asked (its answer is kept in the reason for the reviewer), but text that instructs it may have steered it
        Optional<String> instruction = AddressedToModel.in(quote);
        if (instruction.isPresent() && !reading.failed()) {
            return Judgement.failed("document text addresses the model (\"" + abbreviate(instruction.get())
                    + "\"); its reading (" + reading.kind() + ": " + abbreviate(reading.reason()) + ") is not trusted", name);
        }
        return reading;
    }

    static String userMessage(QuoteInContext quote) {
        return "<document_excerpt>\n" + asData(quote.before()) + "\n</document_excerpt>\n"
                + "<quote>\n" + asData(quote.quote()) + "\n</quote>\n"
                + "<document_excerpt_after>\n" + asData(quote.after()) + "\n</document_excerpt_after>\n"
                + "What does the quote state? Answer in the JSON format given.";
    }

    // a document that contains our closing delimiter must not be able to end the data block
    static String asData(String text) {
        return text.replaceAll("(?i)</?\\s*(document_excerpt_after|document_excerpt|quote)\\s*>", " ");
    }

    Judgement parse(String answer) {
        try {
            int from = answer.indexOf('{');
            int to = answer.lastIndexOf('}');
            JsonNode node = json.readTree(answer.substring(from, to + 1));
            JudgedKind kind = JudgedKind.valueOf(node.path("kind").asText().trim().toUpperCase(Locale.ROOT));
            return new Judgement(kind, node.path("reason").asText(""), name);
        } catch (IOException | RuntimeException e) {
            return Judgement.failed("unreadable LLM answer: " + abbreviate(answer), name);
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
