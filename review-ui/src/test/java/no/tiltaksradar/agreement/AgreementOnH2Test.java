package no.tiltaksradar.agreement;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two reviewers on the embedded default database. */
class AgreementOnH2Test extends AgreementContract {
    private static final Path DATA = tempDir("tiltaksradar-agreement-h2-");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("tiltaksradar.data-dir", DATA::toString);
    }
}
