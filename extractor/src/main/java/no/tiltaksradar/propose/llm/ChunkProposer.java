package no.tiltaksradar.propose.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;

/**
 * Asks the model about one chunk: validate → map request → call with retry → map response.
 * An answer cut off at the token limit gets the chunk halved and each half asked again; an
 * answer that is not JSON even after repair is asked once more, then reported as a warning.
 */
final class ChunkProposer {
    private final ChatModel model;
    private final PromptSet prompt;
    private final LlmSettings settings;
    private final Retrier retrier;
    private final ProposalJsonReader reader = new ProposalJsonReader();
    private final ResponseFormat format;

    ChunkProposer(ChatModel model, PromptSet prompt, LlmSettings settings) {
        this.model = model;
        this.prompt = prompt;
        this.settings = settings;
        this.retrier = new Retrier(settings.maxRetries(), settings.initialBackoff(), settings.maxBackoff());
        this.format = ResponseFormat.builder().type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name("measure_proposals")
                        .rootElement(JsonRawSchema.from(prompt.schema())).build())
                .build();
    }

    ChunkAnswer propose(SourceDocument document, Chunk chunk) {
        UsageMeter usage = new UsageMeter(settings);
        List<ChunkAnswer.Sourced> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ask(document, chunk, 0, usage, items, warnings);
        return new ChunkAnswer(items, warnings, usage.total(), false);
    }

    /** Failed calls throw {@link LlmCallException}; a bad answer becomes a warning. */
    private void ask(SourceDocument document, Chunk chunk, int depth, UsageMeter usage,
                        List<ChunkAnswer.Sourced> items, List<String> warnings) {
        ChatResponse response = call(request(document, chunk), usage);
        if (response.finishReason() == FinishReason.LENGTH) {
            Optional<List<Chunk>> halves = depth < settings.maxSplitDepth() ? ChunkSplitter.halve(chunk) : Optional.empty();
            if (halves.isPresent()) {
                for (Chunk half : halves.get()) {
                    ask(document, half, depth + 1, usage, items, warnings);
                }
                return;
            }
            warnings.add(Warnings.at(document, chunk) + ": answer cut off at the token limit and the chunk cannot be split further; kept what was complete");
        }
        Optional<List<ProposedItem>> parsed = parseOrAskAgain(document, chunk, response, usage);
        if (parsed.isEmpty()) {
            // the call worked, the model just answered badly: a warning, not a failed chunk
            warnings.add(Warnings.at(document, chunk) + ": answer was not valid JSON twice; " + Warnings.PARTIAL);
            return;
        }
        NumberedSentences numbered = prompt.numbersSentences() ? NumberedSentences.of(chunk.text()) : null;
        for (ProposedItem item : parsed.get()) {
            Optional<ProposedItem> quoted = numbered == null ? Optional.of(item) : cutQuotes(item, numbered);
            if (quoted.isEmpty()) {
                warnings.add(Warnings.at(document, chunk) + ": item dropped, sentence ids " + item.sentences()
                        + " are not all in the excerpt");
            }
            quoted.ifPresent(q -> items.add(new ChunkAnswer.Sourced(q, chunk)));
        }
    }

    private Optional<List<ProposedItem>> parseOrAskAgain(SourceDocument document, Chunk chunk,
                                                         ChatResponse response, UsageMeter usage) {
        Optional<List<ProposedItem>> parsed = reader.read(response.aiMessage().text());
        if (parsed.isPresent()) {
            return parsed;
        }
        // one more try: sampling at temperature 0 still differs between calls on most servers
        return reader.read(call(request(document, chunk), usage).aiMessage().text());
    }

    // v2: the model names sentences; the quote is cut from the excerpt by code, so it is verbatim by construction
    private static Optional<ProposedItem> cutQuotes(ProposedItem item, NumberedSentences numbered) {
        Optional<String> quote = numbered.cut(item.sentences());
        String parent = item.parentSentences().isEmpty() ? null : numbered.cut(item.parentSentences()).orElse(null);
        return quote.map(q -> item.withQuotes(q, parent));
    }

    private ChatResponse call(ChatRequest request, UsageMeter usage) {
        ChatResponse response = retrier.call(() -> model.chat(request));
        usage.add(response.tokenUsage());
        return response;
    }

    private ChatRequest request(SourceDocument document, Chunk chunk) {
        String pages = chunk.pageStart() == chunk.pageEnd() ? "" + chunk.pageStart()
                : chunk.pageStart() + "-" + chunk.pageEnd();
        String user = prompt.user(Map.of("document", document.fileName(), "section", String.join(" > ", chunk.sectionPath()),
                "pages", pages, "chunk_text", chunk.text(),
                "numbered_sentences", prompt.numbersSentences() ? NumberedSentences.of(chunk.text()).render() : ""));
        return ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(user))
                .responseFormat(format)
                .temperature(settings.temperature())
                .maxOutputTokens(settings.maxOutputTokens())
                .build();
    }
}
