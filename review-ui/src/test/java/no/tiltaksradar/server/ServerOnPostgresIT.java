package no.tiltaksradar.server;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same server contract on a real PostgreSQL. */
class ServerOnPostgresIT extends ServerContract {
    private static final Path DATA = tempDir("tiltaksradar-pg-data-");

    @Override
    Path cacheDir() {
        return DATA.resolve("cache");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresServer postgres = PostgresServer.get();
        String url = postgres.createDatabase("contract");
        registry.add("tiltaksradar.data-dir", DATA::toString);
        registry.add("tiltaksradar.database.url", () -> url);
        registry.add("tiltaksradar.database.username", postgres::user);
        registry.add("tiltaksradar.database.password", postgres::password);
    }
}
