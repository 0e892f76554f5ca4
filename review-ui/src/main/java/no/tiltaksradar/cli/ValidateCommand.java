package no.tiltaksradar.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.tiltaksradar.ingest.DocumentIngester;
import no.tiltaksradar.ingest.IngestException;
import no.tiltaksradar.job.DocumentFiles;
import no.tiltaksradar.job.Judges;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.validate.MeasureRecords;
import no.tiltaksradar.validate.ValidatedMeasure;
import no.tiltaksradar.validate.ValidationSummary;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate --documents FILE|DIR... --in candidates.jsonl --out verdicts.jsonl}. */
@Component
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check candidate records against the documents they cite: is the quote there, on which page, and is it "
                + "a measure, a goal or neither, and are the filled fields in the text? Uses the LLM judge too when an LLM is "
                + "configured. Writes each record with its validation and prints a summary per answer.")
public class ValidateCommand implements Callable<Integer> {
    private final DocumentIngester ingester;
    private final Judges judges;

    @Spec
    private CommandSpec spec;

    @Option(names = "--documents", required = true, arity = "1..*", paramLabel = "FILE|DIR", description = "The cited documents.")
    private List<Path> documents;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Candidate records (JSON Lines).")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the validated records.")
    private Path out;

    public ValidateCommand(DocumentIngester ingester, Judges judges) {
        this.ingester = ingester;
        this.judges = judges;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        List<SourceDocument> read = new ArrayList<>();
        for (Path file : DocumentFiles.expand(documents)) {
            try {
                read.add(ingester.ingest(file));
            } catch (IngestException e) {
                console.println("FAILED " + e.getMessage()); // its candidates then come out "unknown document"
            }
        }
        MeasureRecords records = new MeasureRecords();
        List<ValidatedMeasure> validated;
        try (Reader reader = Files.newBufferedReader(in)) {
            validated = judges.validator(read).validateAll(records.readCandidates(reader));
        }
        try (Writer writer = Files.newBufferedWriter(out)) {
            records.write(validated, writer);
        }
        console.printf("%d records validated against %d documents; written to %s%n", validated.size(), read.size(), out);
        ValidationSummary.of(validated.stream().map(ValidatedMeasure::verdict).toList()).lines().forEach(console::println);
        if (judges.usage().current().calls() > 0) {
            var usage = judges.usage().current();
            console.printf("LLM judge: %d calls, %d input + %d output tokens%n", usage.calls(), usage.inputTokens(), usage.outputTokens());
        }
        console.flush();
        return 0;
    }
}
