package no.tiltaksradar.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL a real writer at a random moment: the reopened output holds only whole documents. */
class ResultsFileKillTest {
    @TempDir
    Path temp;

    @Test
    void aKilledWriterLeavesWholeDocumentsOnlyAndASecondWriterIsRefusedMeanwhile() throws Exception {
        Path out = temp.resolve("results.jsonl");
        for (int round = 0; round < 3; round++) {
            Process child = start(out);
            try (BufferedReader stdout = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(stdout.readLine()).as("child output").startsWith("finished");
                assertThatThrownBy(() -> ResultsFile.open(out, false)).hasMessageContaining("another tiltaksradar run");
                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 60));
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no close()
                child.waitFor(20, TimeUnit.SECONDS);
            }
            try (ResultsFile reopened = ResultsFile.open(out, false)) {
                assertWholeDocuments(out, reopened);
            }
        }
    }

    private static void assertWholeDocuments(Path out, ResultsFile reopened) throws IOException {
        ObjectMapper json = new ObjectMapper();
        TreeMap<Integer, Integer> perDocument = new TreeMap<>();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        for (String line : lines) {
            JsonNode record = json.readTree(line); // a half line would throw here
            perDocument.merge(record.get("doc").asInt(), 1, Integer::sum);
        }
        assertThat(perDocument.values()).allMatch(n -> n == ResultsFileWriterProcess.RECORDS_PER_DOCUMENT);
        assertThat(perDocument.keySet()).allMatch(doc -> reopened.isFinished("sha-" + doc));
        assertThat(Files.readString(out)).endsWith("}\n");
    }

    private static Process start(Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ResultsFileWriterProcess.class.getName(), out.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
