package no.tiltaksradar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.tiltaksradar.job.DocumentExtraction;
import no.tiltaksradar.job.DocumentFiles;
import no.tiltaksradar.job.ExtractJob;
import no.tiltaksradar.job.ExtractResult;
import no.tiltaksradar.job.JudgeUsage;
import no.tiltaksradar.job.ProposerRegistry;
import no.tiltaksradar.job.ResultsFile;
import no.tiltaksradar.propose.MeasureProposer;
import no.tiltaksradar.propose.ProposalUsage;
import no.tiltaksradar.validate.OverallStatus;
import no.tiltaksradar.validate.ValidationSummary;
import no.tiltaksradar.validate.Verdict;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract FILE|DIR... --out results.jsonl}: candidates with verified quotes and pages. */
@Component
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Find measures and goals in documents and write one measure record per line (JSON Lines). Every "
                + "candidate is validated against its document unless --no-validate. An interrupted run resumes where it "
                + "stopped (documents already in the output are skipped); --restart starts over. Exits 1 if any file failed.")
public class ExtractCommand implements Callable<Integer> {
    private final ExtractJob job;
    private final ProposerRegistry proposers;
    private final JudgeUsage judgeUsage;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Documents or folders of documents.")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the records (JSON Lines).")
    private Path out;

    @Option(names = "--proposer", defaultValue = "pattern", description = "pattern (offline, default) or llm.")
    private String proposer;

    @Option(names = "--no-validate", negatable = false, description = "Write the proposer's candidates without validation.")
    private boolean noValidate;

    @Option(names = "--restart", description = "Empty the output first instead of resuming.")
    private boolean restart;

    public ExtractCommand(ExtractJob job, ProposerRegistry proposers, JudgeUsage judgeUsage) {
        this.job = job;
        this.proposers = proposers;
        this.judgeUsage = judgeUsage;
    }

    @Override
    public Integer call() throws Exception {
        MeasureProposer chosen = proposers.get(proposer);
        DocumentFiles.Selection selection = DocumentFiles.select(inputs);
        // the summary is printed before the stop hook is released: after that the JVM may halt at any moment
        try (GracefulStop stop = new GracefulStop(); ResultsFile results = ResultsFile.open(out, restart)) {
            if (results.droppedBytes() > 0) {
                spec.commandLine().getOut().printf("%s: dropped %d bytes of a document an interrupted run had not finished; it is redone.%n",
                        out, results.droppedBytes());
            }
            ExtractResult result = job.run(selection.files(), chosen, results, !noValidate, ProgressBarListener.forTerminal("extract"), stop.requested());
            long partial = report(result, selection);
            return result.failed() + selection.problems().size() > 0 || partial > 0 ? 1 : 0;
        }
    }

    /** @return how many documents the proposer read only in part */
    private long report(ExtractResult result, DocumentFiles.Selection selection) {
        PrintWriter out = spec.commandLine().getOut();
        selection.problems().forEach(problem -> out.println("FAILED " + TerminalText.escape(problem.failure())));
        List<Verdict> verdicts = new ArrayList<>();
        ProposalUsage usage = ProposalUsage.NONE;
        for (DocumentExtraction extraction : result.extractions()) {
            out.println(line(extraction));
            if (extraction.validated() != null) {
                extraction.validated().forEach(m -> verdicts.add(m.verdict()));
            }
            if (extraction.batch() != null) {
                usage = usage.plus(extraction.batch().usage());
            }
        }
        if (result.notRun() > 0) {
            out.printf("Stopped: %d documents not run; run the same command again to resume.%n", result.notRun());
        }
        result.duplicates().forEach(line -> out.println(TerminalText.escape(line)));
        if (result.resumed() > 0) {
            out.printf("%d documents already in %s were skipped (resumed run; --restart to redo them).%n", result.resumed(), this.out);
        }
        if (!verdicts.isEmpty()) {
            ValidationSummary.of(verdicts).lines().forEach(out::println);
        }
        if (usage.calls() > 0) {
            out.println("LLM proposer: " + describe(usage));
        }
        ProposalUsage judged = judgeUsage.current();
        if (judged.calls() > 0) {
            out.println("LLM judge: " + describe(judged));
            out.println("LLM total: " + describe(usage.plus(judged)));
        }
        long partial = result.extractions().stream().filter(DocumentExtraction::partial).count();
        if (partial > 0) {
            out.printf("%d documents partial: some pages were not read (see their warnings) and their records are not written; "
                    + "run the same command again to ask only about those pages%n", partial);
        }
        out.printf("%d of %d files extracted, %d failed; records in %s%n", result.extracted(), selection.total(),
                result.failed() + selection.problems().size(), this.out);
        out.flush();
        return partial;
    }

    private static String describe(ProposalUsage usage) {
        String cost = Double.isNaN(usage.estimatedCostUsd()) ? "cost unknown (no price set)"
                : String.format(java.util.Locale.ROOT, "estimated cost USD %.4f", usage.estimatedCostUsd());
        return String.format("%d calls, %d input + %d output tokens, %s", usage.calls(), usage.inputTokens(), usage.outputTokens(), cost);
    }

    private static String line(DocumentExtraction extraction) {
        if (!extraction.succeeded()) {
            return "FAILED " + TerminalText.escape(extraction.failure());
        }
        long measures = extraction.batch().candidates().stream().filter(c -> c.kind() == no.tiltaksradar.model.MeasureKind.MEASURE).count();
        String text = String.format("%s: %d proposed (%d measures, %d goals)", TerminalText.escape(extraction.outcome().document().fileName()),
                extraction.batch().candidates().size(), measures, extraction.batch().candidates().size() - measures);
        if (extraction.validated() != null) {
            long quotes = extraction.validated().stream().filter(m -> m.verdict().status().onCitedPage()).count();
            long verifiedMeasures = extraction.validated().stream().filter(m -> m.verdict().overall() == OverallStatus.VERIFIED
                    && m.candidate().kind() == no.tiltaksradar.model.MeasureKind.MEASURE).count();
            long verified = extraction.validated().stream().filter(m -> m.verdict().overall() == OverallStatus.VERIFIED).count();
            text += String.format("; %d quotes verified; %d verified measures, %d verified goals, %d need review", quotes,
                    verifiedMeasures, verified - verifiedMeasures, extraction.validated().size() - verified);
        }
        for (String warning : extraction.batch().warnings()) {
            text += System.lineSeparator() + "  warning: " + TerminalText.escape(warning);
        }
        return text;
    }
}
