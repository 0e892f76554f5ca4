package no.tiltaksradar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.tiltaksradar.job.IngestJob;
import no.tiltaksradar.job.SearchJob;
import no.tiltaksradar.trends.MarkdownReport;
import no.tiltaksradar.trends.PdfReport;
import no.tiltaksradar.trends.TrendReport;
import no.tiltaksradar.trends.files.FileTrendSource;
import no.tiltaksradar.trends.files.TrendReporters;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trends --in results.jsonl [--documents DIR] --out report.md [--format md|pdf]}: figures, themes and a checked narrative. */
@Component
@Command(name = "trends", mixinStandardHelpOptions = true,
        description = "Write a trends report from a results file: counts by document, year, ministry, agency, technology, purpose; "
                + "collaboration and deadlines; with --documents also themes over time from the documents' text. Every sentence "
                + "of the narrative cites measures or passages and is checked (existence, verified quote, numbers recomputed, "
                + "key terms); a sentence that fails is marked, never shown as a finding.")
public class TrendsCommand implements Callable<Integer> {
    private final FileTrendSource source;
    private final TrendReporters reporters;

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "results.jsonl", description = "Records written by extract or validate.")
    private Path in;

    @Option(names = "--documents", arity = "1..*", paramLabel = "FILE|DIR", description = "The documents the records cite: adds themes over time.")
    private List<Path> documents = List.of();

    @Option(names = "--out", required = true, paramLabel = "report.md", description = "Where to write the report.")
    private Path out;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|pdf",
            description = "md (default: the complete report with tables and every cited quote) or pdf (summary, charts, findings).")
    private String format;

    @Option(names = "--all-candidates", description = "Count every validated candidate, not only the verified measures.")
    private boolean allCandidates;

    public TrendsCommand(IngestJob ingest, SearchJob search, TrendReporters reporters) {
        this.source = new FileTrendSource(ingest, search);
        this.reporters = reporters;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(in)) {
            err.println(TerminalText.escape(in + ": no such file"));
            return 1;
        }
        if (!format.equals("md") && !format.equals("pdf")) {
            err.println("tiltaksradar trends: --format must be md or pdf, not " + TerminalText.escape(format));
            return 2;
        }
        FileTrendSource.Input input = source.read(in, documents, allCandidates);
        input.problems().forEach(p -> err.println(TerminalText.escape(p)));
        TrendReport report = reporters.reporter(input.search()).report(input.data());
        if (format.equals("pdf")) {
            Files.write(out, new PdfReport().render(report));
        } else {
            Files.writeString(out, new MarkdownReport().render(report));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("%s: %d measures from %d documents; themes %s; narrative by %s: %d sentences checked, %d kept, %d marked "
                        + "unsupported%n", out, report.aggregates().measures(), report.aggregates().documents(),
                report.themes() == null ? "not computed (no --documents)" : report.themes().earlyLabel() + " vs " + report.themes().lateLabel(),
                report.narrative().writer(), report.summary().checked(), report.summary().kept(), report.summary().marked());
        stdout.flush();
        err.flush();
        return input.problems().isEmpty() ? 0 : 1;
    }
}
