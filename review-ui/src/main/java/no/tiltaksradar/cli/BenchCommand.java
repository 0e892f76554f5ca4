package no.tiltaksradar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.tiltaksradar.bench.IngestBenchmark;
import no.tiltaksradar.bench.ProposeBenchmark;
import no.tiltaksradar.job.ProposerRegistry;
import no.tiltaksradar.job.DocumentFiles;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench ingest}: throughput and peak heap of ingest beside pdftotext. */
@Component
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures (pages/s, peak heap) beside a baseline tool run in the same process.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Propose.class})
public class BenchCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Ingest throughput versus pdftotext. */
    @Component
    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest PDFs and print pages/s and peak heap beside pdftotext on the same files; --big adds a ~600-page file made with qpdf.")
    public static class Ingest implements Callable<Integer> {
        private final IngestBenchmark benchmark;

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "PDFs (default: corpus/pdf).")
        private List<Path> inputs = List.of(Path.of("corpus/pdf"));

        @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds over the files (default ${DEFAULT-VALUE}).")
        private int rounds;

        @Option(names = "--big", description = "Also ingest a ~600-page concatenation of the files (needs qpdf).")
        private boolean big;

        @Option(names = "--big-pages", defaultValue = "600", paramLabel = "N",
                description = "Pages of the --big file (default ${DEFAULT-VALUE}; 2400 for the memory check of scripts/big-pdf-memory.sh).")
        private int bigPages;

        @Option(names = "--work-dir", defaultValue = "bench-out", description = "Where the concatenated PDF is written.")
        private Path workDir;

        public Ingest(IngestBenchmark benchmark) {
            this.benchmark = benchmark;
        }

        @Override
        public Integer call() throws Exception {
            List<Path> pdfs = DocumentFiles.expand(inputs).stream().filter(p -> p.toString().endsWith(".pdf")).toList();
            benchmark.run(pdfs, rounds, big ? bigPages : 0, workDir, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** Proposer and validator throughput. */
    @Component
    @Command(name = "propose", mixinStandardHelpOptions = true,
            description = "Pages/s of a proposer and quotes/s of the validator on documents ingested beforehand.")
    public static class Propose implements Callable<Integer> {
        private final ProposeBenchmark benchmark;
        private final ProposerRegistry proposers;

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Documents (default: corpus/pdf).")
        private List<Path> inputs = List.of(Path.of("corpus/pdf"));

        @Option(names = "--proposer", defaultValue = "pattern", description = "pattern or llm.")
        private String proposer;

        @Option(names = "--rounds", defaultValue = "20", description = "Measured rounds (default ${DEFAULT-VALUE}).")
        private int rounds;

        public Propose(ProposeBenchmark benchmark, ProposerRegistry proposers) {
            this.benchmark = benchmark;
            this.proposers = proposers;
        }

        @Override
        public Integer call() throws Exception {
            benchmark.run(DocumentFiles.expand(inputs), proposers.get(proposer), rounds, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
