package no.tiltaksradar.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
            assertThat(resumed.finishedAs("aaa")).contains("a.pdf");
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

    @Test
    void recordsOfADocumentThatNeverFinishedAreCutOffOnOpen() throws Exception {
        Path out = temp.resolve("results.jsonl");
        try (ResultsFile results = ResultsFile.open(out, false)) {
            results.writeDocument("aaa", "a.pdf", List.of("{\"id\":1}"));
        }
        // what a kill in the middle of the next document leaves: one whole record and half of another
        Files.writeString(out, "{\"id\":2}\n{\"id\":", StandardOpenOption.APPEND);
        try (ResultsFile resumed = ResultsFile.open(out, false)) {
            assertThat(resumed.droppedBytes()).isEqualTo("{\"id\":2}\n{\"id\":".length());
            resumed.writeDocument("bbb", "b.pdf", List.of("{\"id\":2}", "{\"id\":3}"));
        }
        assertThat(Files.readAllLines(out)).containsExactly("{\"id\":1}", "{\"id\":2}", "{\"id\":3}");
    }

    @Test
    void aHalfWrittenProgressLineLeavesItsDocumentUnfinished() throws Exception {
        Path out = temp.resolve("results.jsonl");
        try (ResultsFile results = ResultsFile.open(out, false)) {
            results.writeDocument("aaa", "a.pdf", List.of("{\"id\":1}"));
        }
        Files.writeString(out, "{\"id\":2}\n", StandardOpenOption.APPEND);
        Files.writeString(temp.resolve("results.jsonl.done"), "bbb\tb.p", StandardOpenOption.APPEND);
        try (ResultsFile resumed = ResultsFile.open(out, false)) {
            assertThat(resumed.isFinished("bbb")).isFalse();
        }
        assertThat(Files.readAllLines(out)).containsExactly("{\"id\":1}");
        assertThat(Files.readString(temp.resolve("results.jsonl.done"))).doesNotContain("bbb");
    }

    @Test
    void aFullDiskNamesTheDocumentAndLeavesNoTraceOfIt() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux /dev/full");
        Path out = Files.createSymbolicLink(temp.resolve("results.jsonl"), full);
        try (ResultsFile results = ResultsFile.open(out, false)) {
            assertThatThrownBy(() -> results.writeDocument("aaa", "strategi.pdf", List.of("{\"id\":1}")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("strategi.pdf: its records could not be written")
                    .hasMessageContaining("No space left on device");
            assertThat(results.isFinished("aaa")).isFalse();
        }
        assertThat(Files.readString(temp.resolve("results.jsonl.done"), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aSecondWriterOnTheSameOutputIsRefused() throws Exception {
        Path out = temp.resolve("results.jsonl");
        try (ResultsFile first = ResultsFile.open(out, false)) {
            first.writeDocument("aaa", "a.pdf", List.of("{\"id\":1}"));
            assertThatThrownBy(() -> ResultsFile.open(out, false)).isInstanceOf(IOException.class)
                    .hasMessageContaining("is being written by another tiltaksradar run");
            assertThatThrownBy(() -> ResultsFile.open(out, true)).isInstanceOf(IOException.class);
        }
        assertThat(Files.readAllLines(out)).containsExactly("{\"id\":1}");
        try (ResultsFile again = ResultsFile.open(out, false)) {
            assertThat(again.isFinished("aaa")).isTrue(); // the lock went with the first writer
        }
    }

    @Test
    void anOutputThatCannotBeCreatedSaysWhy() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("fil"), "x");
        assertThatThrownBy(() -> ResultsFile.open(notAFolder.resolve("results.jsonl"), false)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(notAFolder.resolve("results.jsonl") + ": cannot be written (");
    }

    @Test
    void anOlderProgressFileWithoutByteCountsIsStillRead() throws Exception {
        Path out = temp.resolve("results.jsonl");
        Files.writeString(out, "{\"id\":1}\n");
        Files.writeString(temp.resolve("results.jsonl.done"), "aaa\ta.pdf\n");
        try (ResultsFile resumed = ResultsFile.open(out, false)) {
            assertThat(resumed.isFinished("aaa")).isTrue();
        }
        assertThat(Files.readAllLines(out)).containsExactly("{\"id\":1}");
    }
}
