package no.tiltaksradar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.tiltaksradar.job.SearchJob;
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

    private final SearchJob job;

    @Spec
    private CommandSpec spec;

    @Option(names = "--document", required = true, paramLabel = "FILE", description = "The document to search in.")
    private Path document;

    @Option(names = {"-n", "--limit"}, defaultValue = "5", description = "How many chunks to show (default ${DEFAULT-VALUE}).")
    private int limit;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for.")
    private List<String> query;

    public SearchCommand(SearchJob job) {
        this.job = job;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SearchJob.Result result = job.search(document, String.join(" ", query), limit);
        if (result.failure() != null) {
            spec.commandLine().getErr().println(TerminalText.escape(result.failure()));
            return 1;
        }
        List<SearchJob.Hit> hits = result.hits();
        if (hits.isEmpty()) {
            out.println("No matching text in " + TerminalText.escape(document.getFileName().toString()) + ".");
        }
        hits.forEach(hit -> out.println(render(hit)));
        out.flush();
        return 0;
    }

    private static String render(SearchJob.Hit hit) {
        String pages = hit.pageStart() == hit.pageEnd() ? "p. " + hit.pageStart() : "pp. " + hit.pageStart() + "-" + hit.pageEnd();
        String text = hit.text().replaceAll("\\s+", " ").strip();
        String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "..." : text;
        return String.format("%-9s %6.2f  [%s]%n          %s", pages, hit.score(), TerminalText.escape(String.join(" > ", hit.sectionPath())), TerminalText.escape(excerpt));
    }
}
