package no.tiltaksradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.tiltaksradar.evaluate.EvaluationReport;
import no.tiltaksradar.evaluate.GoldRecord;
import no.tiltaksradar.evaluate.GoldSetScorer;
import no.tiltaksradar.evaluate.LayoutKindScorer;
import no.tiltaksradar.ingest.DocumentIngester;
import no.tiltaksradar.ingest.IngestException;
import no.tiltaksradar.job.DocumentFiles;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.validate.MeasureRecords;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval --gold GOLD.jsonl... --predictions results.jsonl}: scores as corpus/ANNOTATION.md says. */
@Component
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score predicted measures against gold annotations (corpus/ANNOTATION.md): measure precision, recall, "
                + "F1, page accuracy and goal recall per document and overall.")
public class EvalCommand implements Callable<Integer> {
    private final ObjectMapper json = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "GOLD.jsonl", description = "Gold annotation files.")
    private List<Path> goldFiles;

    @Option(names = "--predictions", required = true, paramLabel = "FILE", description = "Records written by extract.")
    private Path predictions;

    @Option(names = "--details", description = "Also list missed gold measures, false positives and page mismatches.")
    private boolean details;

    @Option(names = "--documents", arity = "1..*", paramLabel = "FILE|DIR",
            description = "The scored documents: adds, per document, a table by layout kind (table, numbered, list, box, prose).")
    private List<Path> documents = List.of();

    private final DocumentIngester ingester;

    public EvalCommand(DocumentIngester ingester) {
        this.ingester = ingester;
    }

    @Override
    public Integer call() throws IOException {
        List<GoldRecord> gold = new ArrayList<>();
        for (Path file : goldFiles) {
            gold.addAll(read(file, GoldRecord.class));
        }
        List<CandidateMeasure> predicted;
        try (Reader reader = Files.newBufferedReader(predictions)) {
            predicted = new MeasureRecords(json).readCandidates(reader); // the same reader validate uses
        }
        EvaluationReport report = new GoldSetScorer().score(gold, predicted);
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.table());
        if (details) {
            out.print(report.details());
        }
        printByLayoutKind(gold, predicted, out);
        out.flush();
        return 0;
    }

    /** Rows per layout kind need the layout, so only for documents given by --documents that have gold. */
    private void printByLayoutKind(List<GoldRecord> gold, List<CandidateMeasure> predicted, PrintWriter out) throws IOException {
        for (Path file : DocumentFiles.expand(documents)) {
            String name = file.getFileName().toString();
            List<GoldRecord> ofDocument = gold.stream().filter(g -> name.equals(g.document())).toList();
            if (ofDocument.isEmpty()) {
                continue;
            }
            SourceDocument document;
            try {
                document = ingester.ingest(file);
            } catch (IngestException e) {
                spec.commandLine().getErr().println(name + ": " + e.getMessage()); // one bad file does not stop the others
                continue;
            }
            List<CandidateMeasure> itsPredictions = predicted.stream().filter(p -> name.equals(p.document())).toList();
            out.printf("%n%s by layout kind%n", name);
            out.print(new EvaluationReport(new LayoutKindScorer().score(document, ofDocument, itsPredictions)).table("layout"));
        }
    }

    /** Gold files: one record per line; a malformed line names the file and line. */
    private <T> List<T> read(Path file, Class<T> type) throws IOException {
        List<T> records = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            if (!line.isBlank()) {
                try {
                    records.add(json.readValue(line, type));
                } catch (IOException e) {
                    throw new IOException(file.getFileName() + " line " + number + ": not a valid record (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
                }
            }
        }
        return records;
    }
}
