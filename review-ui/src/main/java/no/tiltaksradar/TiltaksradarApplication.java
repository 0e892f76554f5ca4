package no.tiltaksradar;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.tiltaksradar.cli.TerminalText;
import no.tiltaksradar.cli.TerminalWriter;
import no.tiltaksradar.cli.TiltaksradarCommand;
import org.springframework.beans.BeansException;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.core.NestedExceptionUtils;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Entry point: runs the picocli command line inside a Spring context and hands its exit code to
 * the shell. The command line's context holds the pipeline only: no database, no web server,
 * no security; {@code serve} starts the server's own context ({@link no.tiltaksradar.server.TiltaksradarServer}).
 */
@SpringBootApplication(scanBasePackages = {"no.tiltaksradar.cli", "no.tiltaksradar.system"},
        exclude = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
            SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
public class TiltaksradarApplication implements CommandLineRunner, ExitCodeGenerator {
    private static final Pattern SPRING_PROPERTY = Pattern.compile("--(tiltaksradar|spring|logging|server|management)\\.[\\w.\\-\\[\\]]+=.*");

    private final IFactory factory;
    private final TiltaksradarCommand command;
    private int exitCode;

    public TiltaksradarApplication(IFactory factory, TiltaksradarCommand command) {
        this.factory = factory;
        this.command = command;
    }

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(TiltaksradarApplication.class, withLogSettings(args))));
    }

    /** {@code --verbose} must reach the log setup, which is done before picocli sees the arguments. */
    public static String[] withLogSettings(String... args) {
        if (!Arrays.asList(args).contains("--verbose")) {
            return args;
        }
        return Stream.concat(Arrays.stream(args), Stream.of("--logging.level.root=INFO", "--logging.level.org.apache.pdfbox=WARN",
                "--logging.level.org.apache.fontbox=WARN", "--logging.level.org.apache.tika.parser.ocr=INFO",
                "--tiltaksradar.log.exceptions=%ex")).toArray(String[]::new);
    }

    @Override
    public void run(String... args) {
        exitCode = new CommandLine(command, factory).setExecutionExceptionHandler(TiltaksradarApplication::report)
                .setOut(TerminalWriter.around(System.out)).setErr(TerminalWriter.around(System.err))
                // plain help text: TerminalWriter would print picocli's own colour codes as \u001b[...
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .execute(commandArguments(args));
    }

    /** A command that fails says why in one line; a stack trace helps nobody who mistyped a path or a setting. */
    private static int report(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("tiltaksradar " + commandLine.getCommandName() + ": " + TerminalText.escape(messageOf(e)));
        commandLine.getErr().flush();
        return 2;
    }

    /** Spring wraps a failing bean (the index, say) in three layers of context; the innermost cause says what happened. */
    private static String messageOf(Exception e) {
        if (!(e instanceof BeansException)) {
            return e.getMessage();
        }
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        boolean locked = cause.getClass().getSimpleName().equals("LockObtainFailedException");
        return (locked ? "the data directory is in use by another tiltaksradar process (" : "") + cause.getMessage() + (locked ? ")" : "");
    }

    /** Spring settings such as {@code --tiltaksradar.data-dir=x} are Spring's, not a command's options. */
    static String[] commandArguments(String... args) {
        return Arrays.stream(args).filter(arg -> !SPRING_PROPERTY.matcher(arg).matches()).toArray(String[]::new);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
