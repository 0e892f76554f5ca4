package no.tiltaksradar;

import no.tiltaksradar.cli.TiltaksradarCommand;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Entry point: runs the picocli command line inside the Spring context and hands its exit code to the shell. */
@SpringBootApplication
public class TiltaksradarApplication implements CommandLineRunner, ExitCodeGenerator {

    private final IFactory factory;
    private final TiltaksradarCommand command;
    private int exitCode;

    public TiltaksradarApplication(IFactory factory, TiltaksradarCommand command) {
        this.factory = factory;
        this.command = command;
    }

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(TiltaksradarApplication.class, args)));
    }

    @Override
    public void run(String... args) {
        exitCode = new CommandLine(command, factory).execute(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
