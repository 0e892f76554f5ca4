package no.tiltaksradar.agreement;

import java.nio.file.Path;
import no.tiltaksradar.server.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same two reviewers on a real PostgreSQL (row locks and identity columns as production has them). */
class AgreementOnPostgresIT extends AgreementContract {
    private static final Path DATA = tempDir("tiltaksradar-agreement-pg-");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresServer postgres = PostgresServer.get();
        String url = postgres.createDatabase("agreement");
        registry.add("tiltaksradar.data-dir", DATA::toString);
        registry.add("tiltaksradar.database.url", () -> url);
        registry.add("tiltaksradar.database.username", postgres::user);
        registry.add("tiltaksradar.database.password", postgres::password);
    }
}
