package no.tiltaksradar.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.TiltaksradarApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs the real application with arguments, as the launcher does, and keeps exit code and output. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun run(Path dataDir, String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--tiltaksradar.data-dir=" + dataDir);
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            ConfigurableApplicationContext context = SpringApplication.run(TiltaksradarApplication.class,
                    TiltaksradarApplication.withLogSettings(all.toArray(String[]::new)));
            int exit = SpringApplication.exit(context);
            return new CommandLineRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
