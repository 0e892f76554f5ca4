package no.tiltaksradar.server;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The server contract on the embedded default: H2 in a file under the data directory. */
class ServerOnH2Test extends ServerContract {
    private static final Path DATA = tempDir("tiltaksradar-h2-");

    @Override
    Path cacheDir() {
        return DATA.resolve("cache");
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("tiltaksradar.data-dir", DATA::toString);
    }
}
