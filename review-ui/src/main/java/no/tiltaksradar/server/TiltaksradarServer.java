package no.tiltaksradar.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web application that {@code tiltaksradar serve} starts: the pipeline of system/ plus the
 * feature packages, over H2 (default) or PostgreSQL. Never scans cli/: commands are a leaf.
 */
@SpringBootApplication(scanBasePackages = {"no.tiltaksradar.server", "no.tiltaksradar.system", "no.tiltaksradar.user",
    "no.tiltaksradar.audit", "no.tiltaksradar.document", "no.tiltaksradar.run", "no.tiltaksradar.candidate",
    "no.tiltaksradar.review", "no.tiltaksradar.register"})
@ConfigurationPropertiesScan(basePackages = {"no.tiltaksradar.server", "no.tiltaksradar.user", "no.tiltaksradar.document",
    "no.tiltaksradar.run"})
public class TiltaksradarServer {
    /** The Spring profile whose properties (application-server.properties) turn the application into a server. */
    public static final String PROFILE = "server";
}
