package no.tiltaksradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask}: an answer from the chosen documents only, every sentence cited to a page and checked. */
class AskCommandTest {
    @TempDir
    Path data;

    @Test
    void answersFromTheChosenDocumentOnlyWithPages() {
        CommandLineRun.run(data, "ingest", CorpusFixtures.pdf("miljo").toString()); // in the index, but not chosen
        CommandLineRun run = CommandLineRun.run(data, "ask", "--documents", CorpusFixtures.pdf("ks").toString(),
                "Hvordan", "skal", "kommunene", "bruke", "stordata?");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("[ks.pdf p. ").doesNotContain("miljo.pdf").containsPattern("(\\d+) sentences checked, \\1 kept");
    }
}
