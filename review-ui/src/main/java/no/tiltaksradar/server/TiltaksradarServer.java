package no.tiltaksradar.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web application that {@code tiltaksradar serve} starts: the pipeline of system/ plus the
 * feature packages, over H2 (default) or PostgreSQL. Never scans cli/: commands are a leaf.
 */
@SpringBootApplication(scanBasePackages = {"no.tiltaksradar.server", "no.tiltaksradar.system", "no.tiltaksradar.user",
    "no.tiltaksradar.audit", "no.tiltaksradar.document", "no.tiltaksradar.run", "no.tiltaksradar.candidate",
    "no.tiltaksradar.review", "no.tiltaksradar.register", "no.tiltaksradar.web", "no.tiltaksradar.export",
    "no.tiltaksradar.agreement", "no.tiltaksradar.trends"})
@ConfigurationPropertiesScan(basePackages = {"no.tiltaksradar.server", "no.tiltaksradar.user", "no.tiltaksradar.document",
    "no.tiltaksradar.run", "no.tiltaksradar.register", "no.tiltaksradar.export", "no.tiltaksradar.agreement", "no.tiltaksradar.trends"})
public class TiltaksradarServer {
    /** The Spring profile whose properties (application-server.properties) turn the application into a server. */
    public static final String PROFILE = "server";

    /**
     * Starts a server with these Spring arguments (e.g. {@code --server.port=0}); the one way
     * {@code serve}, the server benchmark and the multi-instance tests bring one up.
     *
     * @param listeners told of the server's events, e.g. when it closes
     */
    public static ConfigurableApplicationContext start(String[] args, ApplicationListener<?>... listeners) {
        return new SpringApplicationBuilder(TiltaksradarServer.class).profiles(PROFILE).listeners(listeners).run(args);
    }

    /** The port a started server listens on (its own choice when started with port 0). */
    public static int port(ConfigurableApplicationContext server) {
        return Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
    }
}
