package no.tiltaksradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    Path data;

    @Test
    void showsTheBestChunksOfTheOneDocumentWithPages() {
        CommandLineRun run = CommandLineRun.run(data, "search", "--document", CorpusFixtures.pdf("miljo").toString(),
                "styringssystem", "informasjonssikkerhet");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("pp?\\. \\d+").contains("informasjonssikkerhet");
    }

    @Test
    void neverAnswersFromAnotherDocument() {
        CommandLineRun.run(data, "ingest", CorpusFixtures.pdf("miljo").toString());
        // "Artsdatabanken" is all over miljo.pdf and nowhere in ks.pdf
        CommandLineRun run = CommandLineRun.run(data, "search", "--document", CorpusFixtures.pdf("ks").toString(), "Artsdatabanken");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No matching text in ks.pdf.");
    }
}
