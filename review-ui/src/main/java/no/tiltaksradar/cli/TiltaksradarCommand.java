package no.tiltaksradar.cli;

import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command; its subcommands are the product's jobs. */
@Component
@Command(name = "tiltaksradar", mixinStandardHelpOptions = true, version = "tiltaksradar 0.1.0",
        description = "Finds the concrete digitalisation measures (tiltak) in strategy documents and proves each against the source.",
        subcommands = {IngestCommand.class, SearchCommand.class, ExtractCommand.class, ValidateCommand.class, EvalCommand.class,
            BenchCommand.class, ServeCommand.class,
            TrendsCommand.class, AskCommand.class})
public class TiltaksradarCommand implements Callable<Integer> {
    /** Exit code when no command was given: a usage error, as picocli uses for the others. */
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    // read by the launcher before Spring starts (it decides the log setup); declared here for --help and parsing
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show library log messages with their stack traces (by default: one line each, warnings and errors only).")
    private boolean verbose;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return USAGE;
    }
}
