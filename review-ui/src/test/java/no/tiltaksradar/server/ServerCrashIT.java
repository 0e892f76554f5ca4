package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server as a process, killed with SIGKILL while a five-document run is in hand and
 * started again: the run finishes, and every document is processed into exactly one set of
 * candidates, the one in hand when the server died included.
 */
class ServerCrashIT {
    private static final String PASSWORD = "crash-test-admin-pw";

    @TempDir
    Path data;
    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void aRunCutShortBySigkillFinishesAfterRestartWithEachDocumentProcessedOnce() throws Exception {
        int port = freePort();
        server = start(port);
        Api api = new Api(port, "admin", PASSWORD);
        List<Path> files = SampleDocuments.corpusAnd(1, data.resolve("in"));
        List<Long> ids = api.upload(files.toArray(Path[]::new)).json().findValues("documentId").stream().map(JsonNode::asLong).toList();
        long runId = api.post("/api/runs", Map.of("documentIds", ids)).json().get("id").asLong();

        long inHand = awaitDocumentInHand(api, runId);
        server.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no cleanup
        server = start(port);
        JsonNode run = api.awaitRun(runId, Duration.ofMinutes(3));

        assertThat(run.get("status").asText()).isEqualTo("FINISHED");
        for (JsonNode document : run.get("documents")) {
            long id = document.get("documentId").asLong();
            assertThat(document.get("status").asText()).as(document.toString()).isEqualTo("DONE");
            assertThat(document.get("attempts").asInt()).as(document.toString()).isEqualTo(id == inHand ? 2 : 1);
            JsonNode stored = api.get("/api/candidates?run=" + runId + "&document=" + id + "&size=500").json();
            assertThat(stored.get("total").asInt()).isEqualTo(document.get("candidates").asInt()).isPositive();
            Set<String> recordIds = new HashSet<>(stored.findValuesAsText("recordId"));
            assertThat(recordIds).hasSize(stored.get("total").asInt());
        }
    }

    private static long awaitDocumentInHand(Api api, long runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode document : api.get("/api/runs/" + runId).json().get("documents")) {
                if (document.get("status").asText().equals("RUNNING")) {
                    return document.get("documentId").asLong();
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no document of run " + runId + " was ever seen running");
    }

    private Process start(int port) throws IOException, InterruptedException {
        Path jar = Path.of("target", "tiltaksradar.jar").toAbsolutePath();
        assertThat(jar).as("the application jar (mvn package builds it before the integration tests)").exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "serve",
                "--port", String.valueOf(port), "--tiltaksradar.data-dir=" + data.resolve("server"),
                "--tiltaksradar.users.admin-password=" + PASSWORD, "--tiltaksradar.jobs.workers=1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile())).start();
        Api api = new Api(port, "admin", PASSWORD);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("server died: " + Files.readString(data.resolve("server.log")));
            }
            try {
                if (api.get("/api/runs").status() == 200) {
                    return process;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("server did not start: " + Files.readString(data.resolve("server.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
