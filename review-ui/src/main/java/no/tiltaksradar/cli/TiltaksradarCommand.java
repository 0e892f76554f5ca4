package no.tiltaksradar.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** The root command; its subcommands are the product's jobs. */
@Component
@Command(name = "tiltaksradar", mixinStandardHelpOptions = true, version = "tiltaksradar 0.1.0",
        description = "Finds the concrete digitalisation measures (tiltak) in strategy documents and proves each against the source.",
        subcommands = {IngestCommand.class, SearchCommand.class, ExtractCommand.class, ValidateCommand.class, EvalCommand.class,
            BenchCommand.class, ServeCommand.class})
public class TiltaksradarCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
