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
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.Origin;
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

    /** @param tables the document's table blocks from the layout stage; read only by a prompt that sends table rows (v3) */
    ChunkAnswer propose(SourceDocument document, Chunk chunk, List<Block> tables) {
        UsageMeter usage = new UsageMeter(settings);
        List<ChunkAnswer.Sourced> items = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ask(new Asked(document, prompt.numbersTableRows() ? tables : List.of()), chunk, 0, usage, items, warnings);
        return new ChunkAnswer(items, warnings, usage.total(), false);
    }

    /** The document asked about and its tables, as the excerpt of any of its chunks needs them. */
    private record Asked(SourceDocument document, List<Block> tables) {
        Excerpt excerpt(Chunk chunk) {
            return Excerpt.of(chunk, tables);
        }
    }

    /** Failed calls throw {@link LlmCallException}; a bad answer becomes a warning. */
    private void ask(Asked asked, Chunk chunk, int depth, UsageMeter usage,
                        List<ChunkAnswer.Sourced> items, List<String> warnings) {
        SourceDocument document = asked.document();
        ChatResponse response = call(request(asked, chunk), usage);
        if (response.finishReason() == FinishReason.LENGTH) {
            Optional<List<Chunk>> halves = depth < settings.maxSplitDepth() ? ChunkSplitter.halve(chunk) : Optional.empty();
            if (halves.isPresent()) {
                for (Chunk half : halves.get()) {
                    ask(asked, half, depth + 1, usage, items, warnings);
                }
                return;
            }
            warnings.add(Warnings.at(document, chunk) + ": answer cut off at the token limit and the chunk cannot be split further; kept what was complete");
        }
        Optional<List<ProposedItem>> parsed = parseOrAskAgain(asked, chunk, response, usage);
        if (parsed.isEmpty()) {
            // the call worked, the model just answered badly: a warning, not a failed chunk
            warnings.add(Warnings.at(document, chunk) + ": answer was not valid JSON twice; " + Warnings.PARTIAL);
            return;
        }
        Excerpt excerpt = prompt.numbersSentences() ? asked.excerpt(chunk) : null;
        for (ProposedItem item : parsed.get()) {
            // where a sentence stands (list item or prose) the layout tells once the quote is placed; a table row says it here
            Optional<ChunkAnswer.Sourced> quoted = excerpt == null ? Optional.of(new ChunkAnswer.Sourced(item, chunk, Origin.UNKNOWN))
                    : cutQuotes(item, excerpt, document, chunk);
            if (quoted.isEmpty()) {
                warnings.add(Warnings.at(document, chunk) + ": item dropped, ids " + item.sentences()
                        + " are not all in the excerpt, or name a table row together with other ids");
            }
            quoted.ifPresent(items::add);
        }
    }

    private Optional<List<ProposedItem>> parseOrAskAgain(Asked asked, Chunk chunk, ChatResponse response, UsageMeter usage) {
        Optional<List<ProposedItem>> parsed = reader.read(response.aiMessage().text());
        if (parsed.isPresent()) {
            return parsed;
        }
        // one more try: sampling at temperature 0 still differs between calls on most servers
        return reader.read(call(request(asked, chunk), usage).aiMessage().text());
    }

    /**
     * v2 and later: the model names units; the quote is cut from the excerpt by code, so it is
     * verbatim by construction. A table row's quote is its cell, placed where the cell stands.
     */
    private static Optional<ChunkAnswer.Sourced> cutQuotes(ProposedItem item, Excerpt excerpt, SourceDocument document,
                                                           Chunk chunk) {
        Optional<Excerpt.Cut> cut = excerpt.cut(item.sentences(), item.column(), document.text());
        String parent = item.parentSentences().isEmpty() ? null
                : excerpt.cut(item.parentSentences(), null, document.text()).map(Excerpt.Cut::quote).orElse(null);
        return cut.map(c -> c.row() == null ? new ChunkAnswer.Sourced(item.withQuotes(c.quote(), parent), chunk, Origin.UNKNOWN)
                : TableRowItems.sourced(item.withQuotes(c.quote(), parent), c, document, chunk));
    }

    private ChatResponse call(ChatRequest request, UsageMeter usage) {
        ChatResponse response = retrier.call(() -> model.chat(request));
        usage.add(response.tokenUsage());
        return response;
    }

    private ChatRequest request(Asked asked, Chunk chunk) {
        SourceDocument document = asked.document();
        String excerpt = prompt.numbersSentences() ? asked.excerpt(chunk).render() : "";
        String pages = chunk.pageStart() == chunk.pageEnd() ? "" + chunk.pageStart()
                : chunk.pageStart() + "-" + chunk.pageEnd();
        String user = prompt.user(Map.of("document", document.fileName(), "section", String.join(" > ", chunk.sectionPath()),
                "pages", pages, "chunk_text", chunk.text(),
                "numbered_sentences", excerpt, "numbered_excerpt", excerpt));
        return ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(user))
                .responseFormat(format)
                .temperature(settings.temperature())
                .maxOutputTokens(settings.maxOutputTokens())
                .build();
    }
}
