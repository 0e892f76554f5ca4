package no.tiltaksradar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.tiltaksradar.index.ChunkIndex;
import no.tiltaksradar.index.ScoredChunk;
import no.tiltaksradar.ingest.Sha256;
import no.tiltaksradar.job.DocumentOutcome;
import no.tiltaksradar.job.IngestJob;
import no.tiltaksradar.model.Chunk;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search --document FILE QUERY}: the best chunks of that one document, with pages. */
@Component
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search one document's chunks (Norwegian analysis, BM25). Ingests the document first if the index "
                + "does not have it yet. Results never come from another document.")
public class SearchCommand implements Callable<Integer> {
    private static final int EXCERPT = 240;

    private final IngestJob job;
    private final ChunkIndex index;

    @Spec
    private CommandSpec spec;

    @Option(names = "--document", required = true, paramLabel = "FILE", description = "The document to search in.")
    private Path document;

    @Option(names = {"-n", "--limit"}, defaultValue = "5", description = "How many chunks to show (default ${DEFAULT-VALUE}).")
    private int limit;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for.")
    private List<String> query;

    public SearchCommand(IngestJob job, @org.springframework.context.annotation.Lazy ChunkIndex index) {
        this.job = job;
        this.index = index;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String documentId = Sha256.of(document);
        if (index.chunks(documentId).isEmpty()) {
            DocumentOutcome outcome = job.process(document);
            if (!outcome.succeeded()) {
                spec.commandLine().getErr().println(TerminalText.escape(outcome.failure()));
                return 1;
            }
        }
        List<ScoredChunk> hits = index.search(documentId, String.join(" ", query), limit);
        if (hits.isEmpty()) {
            out.println("No matching text in " + TerminalText.escape(document.getFileName().toString()) + ".");
        }
        hits.forEach(hit -> out.println(render(hit)));
        out.flush();
        return 0;
    }

    private static String render(ScoredChunk hit) {
        Chunk chunk = hit.chunk();
        String pages = chunk.pageStart() == chunk.pageEnd() ? "p. " + chunk.pageStart() : "pp. " + chunk.pageStart() + "-" + chunk.pageEnd();
        String text = chunk.text().replaceAll("\\s+", " ").strip();
        String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "..." : text;
        return String.format("%-9s %6.2f  [%s]%n          %s", pages, hit.score(), TerminalText.escape(String.join(" > ", chunk.sectionPath())), TerminalText.escape(excerpt));
    }
}
