package no.tiltaksradar.propose.llm;

import dev.langchain4j.model.chat.ChatModel;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.layout.LayoutReader;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.CandidateMerger;
import no.tiltaksradar.propose.MeasureProposer;
import no.tiltaksradar.propose.MergeCandidate;
import no.tiltaksradar.propose.ProposalBatch;
import no.tiltaksradar.propose.ProposalException;
import no.tiltaksradar.propose.ProposalUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposes measures and goals with an LLM, one document at a time and only from that document's
 * chunks (all of them, in order, so nothing is skipped), at most {@code concurrency} calls at once.
 * Quotes are located in the document, duplicates from overlapping chunks merged.
 */
public final class LlmMeasureProposer implements MeasureProposer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmMeasureProposer.class);
    private final LlmSettings settings;
    private final ChunkProposer chunkProposer;
    private final AnswerCache cache;
    private final boolean sendsTableRows;

    /** The proposer the settings describe: provider model and prompts from folder or classpath. */
    public static LlmMeasureProposer from(LlmSettings settings) {
        return from(settings, null);
    }

    /**
     * The same, keeping the model's complete answers per chunk under {@code answerCache}, so that
     * running a partly read document again asks only about the chunks that failed.
     */
    public static LlmMeasureProposer from(LlmSettings settings, Path answerCache) {
        PromptSet prompt = PromptLibrary.of(settings.promptDir()).load(settings.promptName(), settings.promptVersion());
        return new LlmMeasureProposer(settings, ChatModelFactory.create(settings), prompt,
                answerCache == null ? AnswerCache.none() : AnswerCache.in(answerCache));
    }

    public LlmMeasureProposer(LlmSettings settings, ChatModel model, PromptSet prompt) {
        this(settings, model, prompt, AnswerCache.none());
    }

    private LlmMeasureProposer(LlmSettings settings, ChatModel model, PromptSet prompt, AnswerCache cache) {
        this.settings = settings;
        this.chunkProposer = new ChunkProposer(model, prompt, settings);
        this.cache = cache;
        this.sendsTableRows = prompt.numbersTableRows();
    }

    @Override
    public String id() {
        return settings.proposerId();
    }

    @Override
    public ProposalBatch propose(SourceDocument document, List<Chunk> chunks) throws ProposalException {
        List<Chunk> own = validate(document, chunks);
        List<Block> layout = new LayoutReader().read(document);
        List<ChunkAnswer> answers = askAll(document, own, tables(layout));
        ProposalBatch batch = toBatch(document, answers, new LayoutOrigins(layout));
        ProposalUsage usage = batch.usage();
        LOG.info("{}: {} chunks, {} calls, {} input + {} output tokens, est. cost USD {}, {} candidates, {} warnings",
                document.fileName(), own.size(), usage.calls(), usage.inputTokens(), usage.outputTokens(),
                Double.isNaN(usage.estimatedCostUsd()) ? "unknown" : String.format(java.util.Locale.ROOT, "%.4f", usage.estimatedCostUsd()),
                batch.candidates().size(), batch.warnings().size());
        return batch;
    }

    private static List<Chunk> validate(SourceDocument document, List<Chunk> chunks) throws ProposalException {
        for (Chunk chunk : chunks) {
            if (!chunk.documentId().equals(document.id())) {
                throw new ProposalException(document.fileName() + ": chunk " + chunk.id()
                        + " belongs to another document; the LLM only ever sees one document", false, null);
            }
        }
        return chunks.stream().sorted(java.util.Comparator.comparingInt(Chunk::ordinal)).toList();
    }

    /** The document's tables as the layout stage reads them; none when the prompt sends no rows. */
    private List<Block> tables(List<Block> layout) {
        return sendsTableRows ? layout.stream().filter(b -> b.kind() == Block.Kind.TABLE).toList() : List.of();
    }

    private List<ChunkAnswer> askAll(SourceDocument document, List<Chunk> chunks, List<Block> tables) throws ProposalException {
        try (ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency())) {
            List<Future<ChunkAnswer>> futures = new ArrayList<>();
            for (Chunk chunk : chunks) {
                futures.add(pool.submit(() -> answer(document, chunk, tables)));
            }
            List<ChunkAnswer> answers = new ArrayList<>();
            for (Future<ChunkAnswer> future : futures) {
                answers.add(await(document, future, pool));
            }
            return answers;
        }
    }

    /**
     * A chunk that fails for good — retries used up, or a 400 refusing this one request (context
     * length) — becomes a warning that names the pages left unread, so the document is reported as
     * partial; a refusal of the configuration (401, 403, 404) stops the document.
     */
    private ChunkAnswer answer(SourceDocument document, Chunk chunk, List<Block> tables) {
        Optional<ChunkAnswer> kept = cache.get(settings.proposerId(), chunk);
        if (kept.isPresent()) {
            return kept.get();
        }
        try {
            ChunkAnswer answer = chunkProposer.propose(document, chunk, tables);
            cache.put(settings.proposerId(), chunk, answer);
            return answer;
        } catch (LlmCallException e) {
            if (!e.retriable() && !e.refusesOnlyThisRequest()) {
                throw e;
            }
            return new ChunkAnswer(List.of(), List.of(Warnings.at(document, chunk) + ": " + Warnings.PARTIAL + ": "
                    + e.getMessage()), ProposalUsage.NONE, true);
        }
    }

    private static ChunkAnswer await(SourceDocument document, Future<ChunkAnswer> future, ExecutorService pool)
            throws ProposalException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            pool.shutdownNow();
            throw new ProposalException(document.fileName() + ": " + e.getCause().getMessage(), false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new ProposalException(document.fileName() + ": interrupted", true, e);
        }
    }

    private ProposalBatch toBatch(SourceDocument document, List<ChunkAnswer> answers, LayoutOrigins origins) throws ProposalException {
        if (!answers.isEmpty() && answers.stream().allMatch(ChunkAnswer::failed)) {
            throw new ProposalException(document.fileName() + ": no chunk got a usable answer: "
                    + answers.get(0).warnings(), true, null);
        }
        List<String> warnings = new ArrayList<>();
        ProposalUsage usage = ProposalUsage.NONE;
        CandidateAssembler assembler = new CandidateAssembler(document, settings.proposerId(), origins);
        List<CandidateAssembler.Draft> drafts = new ArrayList<>();
        for (ChunkAnswer answer : answers) {
            warnings.addAll(answer.warnings());
            usage = usage.plus(answer.usage());
            answer.items().forEach(item -> assembler.assemble(item, warnings).ifPresent(drafts::add));
        }
        List<CandidateAssembler.Draft> merged = CandidateMerger.mergeAll(drafts.stream()
                .map(d -> new MergeCandidate(d.candidate(), d.parentQuote())).toList()).stream()
                .map(m -> new CandidateAssembler.Draft(m.candidate(), m.parentQuote())).toList();
        List<CandidateMeasure> candidates = CandidateIds.assign(document, merged);
        return new ProposalBatch(document.id(), candidates, warnings, usage);
    }
}
