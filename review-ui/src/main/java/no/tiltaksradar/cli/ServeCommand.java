package no.tiltaksradar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import no.tiltaksradar.server.TiltaksradarServer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve [--demo] [--port N]}: the server, until it is stopped (Ctrl-C or SIGTERM). */
@Component
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the Tiltaksradar server: REST API (/api, described at /v3/api-docs and /swagger-ui.html), durable "
                + "extraction jobs, login. H2 under the data directory unless tiltaksradar.database.url names a PostgreSQL.")
public class ServeCommand implements Callable<Integer> {
    private final ApplicationArguments arguments;
    private final Environment environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    private String host;

    @Option(names = "--demo", description = "At first start, load the sample PDFs of corpus/pdf and extract them, so the review queue is full.")
    private boolean demo;

    public ServeCommand(ApplicationArguments arguments, Environment environment) {
        this.arguments = arguments;
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext server = TiltaksradarServer.start(serverArguments(), event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        announce(server);
        stopped.await();
        return 0;
    }

    /** Spring settings given to the launcher (e.g. --tiltaksradar.data-dir=...) reach the server too. */
    private String[] serverArguments() {
        List<String> args = new ArrayList<>();
        for (String arg : arguments.getSourceArgs()) {
            if (arg.startsWith("--") && arg.contains("=") && arg.contains(".") && !arg.startsWith("--tiltaksradar.data-dir=")) {
                args.add(arg);
            }
        }
        // absolute, because H2 refuses a database path relative to the working directory (the default "data" is one)
        args.add("--tiltaksradar.data-dir=" + Path.of(environment.getProperty("tiltaksradar.data-dir", "data")).toAbsolutePath().normalize());
        args.add("--server.port=" + port);
        args.add("--server.address=" + host);
        if (demo) {
            args.add("--tiltaksradar.demo.enabled=true");
        }
        return args.toArray(String[]::new);
    }

    private void announce(ConfigurableApplicationContext server) {
        int actualPort = TiltaksradarServer.port(server);
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        PrintWriter out = spec.commandLine().getOut();
        out.println("Tiltaksradar is running at http://" + shown + ":" + actualPort + "/");
        out.println("Log in as '" + server.getEnvironment().getProperty("tiltaksradar.users.admin-username", "admin")
                + "' (password: the one printed at first start, or tiltaksradar.users.admin-password).");
        out.println("API: http://" + shown + ":" + actualPort + "/api/candidates (HTTP Basic); description: /v3/api-docs, /swagger-ui.html");
        out.println("Stop with Ctrl-C.");
        out.flush();
    }
}
