package no.tiltaksradar.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.tiltaksradar.job.DocumentFiles;
import no.tiltaksradar.job.JudgeUsage;
import no.tiltaksradar.job.ValidateJob;
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
    private final ValidateJob job;
    private final JudgeUsage judgeUsage;

    @Spec
    private CommandSpec spec;

    @Option(names = "--documents", required = true, arity = "1..*", paramLabel = "FILE|DIR", description = "The cited documents.")
    private List<Path> documents;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Candidate records (JSON Lines).")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the validated records.")
    private Path out;

    public ValidateCommand(ValidateJob job, JudgeUsage judgeUsage) {
        this.job = job;
        this.judgeUsage = judgeUsage;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        ValidateJob.Result result;
        try (Reader reader = Files.newBufferedReader(in)) {
            result = job.run(DocumentFiles.expand(documents), reader);
        }
        result.failures().forEach(failure -> console.println("FAILED " + TerminalText.escape(failure)));
        List<ValidatedMeasure> validated = result.validated();
        try (Writer writer = Files.newBufferedWriter(out)) {
            new MeasureRecords().write(validated, writer);
        }
        console.printf("%d records validated against %d documents; written to %s%n", validated.size(), result.documentsRead(), out);
        ValidationSummary.of(validated.stream().map(ValidatedMeasure::verdict).toList()).lines().forEach(console::println);
        var usage = judgeUsage.current();
        if (usage.calls() > 0) {
            console.printf("LLM judge: %d calls, %d input + %d output tokens%n", usage.calls(), usage.inputTokens(), usage.outputTokens());
        }
        console.flush();
        return 0;
    }
}
