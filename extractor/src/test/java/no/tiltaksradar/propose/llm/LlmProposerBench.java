package no.tiltaksradar.propose.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.DocumentMetadata;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.ProposalBatch;
import no.tiltaksradar.propose.ProposalUsage;

/**
 * Benchmark, not a test: the LLM proposer over the corpus shape (one document per manifest row,
 * one chunk per page, synthetic page text) against WireMock answering every call after a fixed
 * latency. Prints wall time against the ideal, calls × latency / concurrency.
 *
 * <p>Args: [manifest.csv] [concurrency=4] [latencyMs=2000]. Run from extractor/ with the test classpath.
 */
public final class LlmProposerBench {

    public static void main(String[] args) throws Exception {
        Path manifest = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/manifest.csv");
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int latencyMs = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        List<SourceDocument> corpus = corpus(manifest);
        WireMockServer server = new WireMockServer(options().dynamicPort()
                .containerThreads(concurrency + 10).asynchronousResponseEnabled(true));
        server.start();
        try {
            server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withFixedDelay(latencyMs)
                    .withBody(LlmFixtures.openAiAnswer("{\"items\":[]}", "stop"))));
            run(server, corpus, concurrency, latencyMs);
        } finally {
            server.stop();
        }
    }

    private static void run(WireMockServer server, List<SourceDocument> corpus, int concurrency, int latencyMs)
            throws Exception {
        LlmSettings settings = LlmFixtures.settings(server.baseUrl() + "/v1").concurrency(concurrency).build();
        LlmMeasureProposer proposer = new LlmMeasureProposer(settings, ChatModelFactory.create(settings), LlmFixtures.prompt());
        ProposalUsage usage = ProposalUsage.NONE;
        double perDocumentIdeal = 0;
        long started = System.nanoTime();
        for (SourceDocument document : corpus) {
            List<Chunk> chunks = pageChunks(document);
            ProposalBatch batch = proposer.propose(document, chunks);
            usage = usage.plus(batch.usage());
            perDocumentIdeal += Math.ceil(chunks.size() / (double) concurrency) * latencyMs / 1000.0;
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double ideal = usage.calls() * (latencyMs / 1000.0) / concurrency;
        System.out.printf(Locale.ROOT, "documents=%d calls=%d concurrency=%d latency=%dms%n",
                corpus.size(), usage.calls(), concurrency, latencyMs);
        System.out.printf(Locale.ROOT, "wall=%.2fs ideal(calls*latency/concurrency)=%.2fs ratio=%.3f%n", wall, ideal, wall / ideal);
        System.out.printf(Locale.ROOT, "ideal with documents one after another (ceil per document)=%.2fs ratio=%.3f%n",
                perDocumentIdeal, wall / perDocumentIdeal);
        System.out.printf(Locale.ROOT, "tokens in=%d out=%d est. cost USD %.4f%n", usage.inputTokens(), usage.outputTokens(),
                usage.estimatedCostUsd());
    }

    /** One synthetic document per manifest row, with the row's page count and sha256. */
    private static List<SourceDocument> corpus(Path manifest) throws Exception {
        List<SourceDocument> documents = new ArrayList<>();
        List<String> rows = Files.readAllLines(manifest);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            int pageCount = Integer.parseInt(cells[cells.length - 2].trim());
            documents.add(document(cells[0] + ".pdf", cells[cells.length - 1].trim(), pageCount));
        }
        return documents;
    }

    private static SourceDocument document(String fileName, String sha256, int pageCount) {
        List<Page> pages = new ArrayList<>();
        int offset = 0;
        for (int number = 1; number <= pageCount; number++) {
            String text = "Side " + number + "\nRegjeringen vil etablere tiltak nummer " + number + " innen 2026.";
            pages.add(new Page(number, null, text, offset, List.of(), List.of(), List.of()));
            offset += text.length() + 1;
        }
        return new SourceDocument(fileName, sha256, new DocumentMetadata(fileName, null, null, pageCount,
                "application/pdf", false, List.of()), pages);
    }

    private static List<Chunk> pageChunks(SourceDocument document) {
        return document.pages().stream().map(page -> new Chunk(document.id() + ":" + (page.number() - 1), document.id(),
                page.number() - 1, List.of("Side " + page.number()), page.number(), page.number(), page.offset(),
                page.endOffset(), page.text())).toList();
    }
}
