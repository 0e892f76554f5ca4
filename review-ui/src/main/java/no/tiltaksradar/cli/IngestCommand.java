package no.tiltaksradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import no.tiltaksradar.job.BatchResult;
import no.tiltaksradar.job.DocumentFiles;
import no.tiltaksradar.job.DocumentOutcome;
import no.tiltaksradar.job.IngestJob;
import no.tiltaksradar.model.SourceDocument;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest FILE|DIR...}: reads documents into the index and reports what each one gave. */
@Component
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read PDF, DOCX, ODT or HTML files (or folders of them) into the local index and report pages, "
                + "chunks, sections, warnings and errors per document. Exits 1 if any file failed.")
public class IngestCommand implements Callable<Integer> {
    private final IngestJob job;
    private final ObjectMapper json = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Documents or folders of documents.")
    private List<Path> inputs;

    @Option(names = "--json", description = "One JSON object per document instead of text.")
    private boolean asJson;

    public IngestCommand(IngestJob job) {
        this.job = job;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DocumentFiles.Selection selection = DocumentFiles.select(inputs);
        try (GracefulStop stop = new GracefulStop()) {
            BatchResult result = job.run(selection.files(), ProgressBarListener.forTerminal("ingest"), stop.requested());
            List<DocumentOutcome> outcomes = new ArrayList<>(selection.problems());
            outcomes.addAll(result.outcomes());
            for (DocumentOutcome outcome : outcomes) {
                out.println(asJson ? json.writeValueAsString(jsonOf(outcome)) : textOf(outcome));
            }
            if (!asJson) {
                out.printf("%d of %d files ingested, %d failed%s.%n", result.succeeded(), selection.total(),
                        result.failed() + selection.problems().size(),
                        result.notRun() > 0 ? ", " + result.notRun() + " not run (stopped)" : "");
            }
            out.flush();
            return result.failed() + selection.problems().size() > 0 ? 1 : 0;
        }
    }

    private static String textOf(DocumentOutcome outcome) {
        if (!outcome.succeeded()) {
            return "FAILED " + TerminalText.escape(outcome.failure());
        }
        SourceDocument document = outcome.document();
        StringBuilder text = new StringBuilder(String.format("%s: %d pages, %d chunks, %d sections%s",
                TerminalText.escape(document.fileName()), document.pages().size(), outcome.chunks().size(), outcome.sections().size(),
                document.metadata().ocr() ? " (text by OCR)" : ""));
        text.append(String.format("%n  title: %s | publisher: %s | year: %s | sha256: %s", orDash(document.metadata().title()),
                orDash(document.metadata().publisher()), orDash(document.metadata().year()), document.sha256().substring(0, 12)));
        outcome.warnings().forEach(w -> text.append(System.lineSeparator()).append("  warning: ").append(TerminalText.escape(w)));
        return text.toString();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : TerminalText.escape(value.toString());
    }

    private static Map<String, Object> jsonOf(DocumentOutcome outcome) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", outcome.file().toString());
        row.put("status", outcome.succeeded() ? "ok" : "failed");
        if (!outcome.succeeded()) {
            row.put("reason", outcome.failureReason());
            row.put("error", outcome.failure());
            return row;
        }
        SourceDocument document = outcome.document();
        row.put("document", document.fileName());
        row.put("sha256", document.sha256());
        row.put("title", document.metadata().title());
        row.put("publisher", document.metadata().publisher());
        row.put("year", document.metadata().year());
        row.put("ocr", document.metadata().ocr());
        row.put("pages", document.pages().size());
        row.put("pageLabels", document.pages().stream().map(p -> p.label() == null ? "" : p.label()).toList());
        row.put("chunks", outcome.chunks().size());
        row.put("sections", outcome.sections());
        row.put("warnings", outcome.warnings());
        return row;
    }
}
