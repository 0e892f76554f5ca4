package no.tiltaksradar.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {
    @TempDir
    Path temp;

    @Test
    void aResumedRunKnowsWhichDocumentsAreDoneIncludingThoseWithoutRecords() throws Exception {
        Path out = temp.resolve("results.jsonl");
        try (ResultsFile results = ResultsFile.open(out, false)) {
            results.writeDocument("aaa", "a.pdf", List.of("{\"id\":1}", "{\"id\":2}"));
            results.writeDocument("bbb", "b.pdf", List.of());
        }
        try (ResultsFile resumed = ResultsFile.open(out, false)) {
            assertThat(resumed.isFinished("aaa")).isTrue();
            assertThat(resumed.isFinished("bbb")).isTrue();
            assertThat(resumed.isFinished("ccc")).isFalse();
            resumed.writeDocument("ccc", "c.pdf", List.of("{\"id\":3}"));
        }
        assertThat(Files.readAllLines(out)).containsExactly("{\"id\":1}", "{\"id\":2}", "{\"id\":3}");
    }

    @Test
    void restartEmptiesTheOutputAndItsProgress() throws Exception {
        Path out = temp.resolve("results.jsonl");
        try (ResultsFile results = ResultsFile.open(out, false)) {
            results.writeDocument("aaa", "a.pdf", List.of("{}"));
        }
        try (ResultsFile restarted = ResultsFile.open(out, true)) {
            assertThat(restarted.isFinished("aaa")).isFalse();
        }
        assertThat(Files.readAllLines(out)).isEmpty();
    }
}
