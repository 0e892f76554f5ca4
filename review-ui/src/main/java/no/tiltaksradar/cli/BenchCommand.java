package no.tiltaksradar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.tiltaksradar.bench.IngestBenchmark;
import no.tiltaksradar.bench.ProposeBenchmark;
import no.tiltaksradar.bench.ServerBenchmark;
import no.tiltaksradar.job.ExtractJob;
import no.tiltaksradar.job.ProposerRegistry;
import no.tiltaksradar.job.DocumentFiles;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench ingest|propose|server}: figures beside a baseline run in the same process. */
@Component
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures (pages/s, peak heap) beside a baseline tool run in the same process.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Propose.class, BenchCommand.Server.class})
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

    /** The server: run throughput against extract, and candidate-list latency with many candidates stored. */
    @Component
    @Command(name = "server", mixinStandardHelpOptions = true,
            description = "Start a server on a throw-away data folder (H2, or the PostgreSQL of --database-url), run the files through it "
                    + "against extract in this process (a ratio), then fill the database to --candidates and time --requests filtered "
                    + "candidate lists (p50/p95).")
    public static class Server implements Callable<Integer> {
        private final ExtractJob extract;
        private final ProposerRegistry proposers;

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Documents (default: corpus/pdf).")
        private List<Path> inputs = List.of(Path.of("corpus/pdf"));

        @Option(names = "--rounds", defaultValue = "3", description = "Runs over the files on each side (default ${DEFAULT-VALUE}).")
        private int rounds;

        @Option(names = "--candidates", defaultValue = "5000", description = "Candidates in the database for the latency test (default ${DEFAULT-VALUE}).")
        private int candidates;

        @Option(names = "--requests", defaultValue = "200", description = "Timed list requests (default ${DEFAULT-VALUE}).")
        private int requests;

        @Option(names = "--database-url", description = "A PostgreSQL JDBC URL of an empty database; default H2 in a temporary folder.")
        private String databaseUrl;

        @Option(names = "--database-username", defaultValue = "postgres")
        private String databaseUsername;

        @Option(names = "--database-password", defaultValue = "")
        private String databasePassword;

        public Server(ExtractJob extract, ProposerRegistry proposers) {
            this.extract = extract;
            this.proposers = proposers;
        }

        @Override
        public Integer call() throws Exception {
            Path data = java.nio.file.Files.createTempDirectory("tiltaksradar-bench-");
            String password = java.util.UUID.randomUUID().toString();
            List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                    "--tiltaksradar.data-dir=" + data, "--tiltaksradar.users.admin-password=" + password, "--logging.level.no.tiltaksradar=WARN"));
            if (databaseUrl != null) {
                args.addAll(List.of("--tiltaksradar.database.url=" + databaseUrl, "--tiltaksradar.database.username=" + databaseUsername,
                        "--tiltaksradar.database.password=" + databasePassword));
            }
            var out = spec.commandLine().getOut();
            out.println("database: " + (databaseUrl == null ? "H2 (file, " + data + ")" : databaseUrl));
            try (var server = no.tiltaksradar.server.TiltaksradarServer.start(args.toArray(String[]::new))) {
                int port = no.tiltaksradar.server.TiltaksradarServer.port(server);
                new ServerBenchmark(extract, proposers.get("pattern")).run(server, port, password, DocumentFiles.expand(inputs), rounds,
                        candidates, requests, out);
            }
            out.flush();
            return 0;
        }
    }
}
