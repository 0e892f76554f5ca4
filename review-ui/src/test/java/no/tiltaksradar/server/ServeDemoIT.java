package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command as a newcomer runs it: {@code tiltaksradar serve --demo} from the
 * repository, no password configured. The console says where and how to log in; with the
 * one-time password it prints, the API lists the demo's candidates.
 */
class ServeDemoIT {
    @TempDir
    Path data;
    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroy();
        }
    }

    @Test
    void serveDemoFillsTheReviewQueueAndSaysHowToLogIn() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = data.resolve("console.log");
        Path jar = Path.of("target", "tiltaksradar.jar").toAbsolutePath();
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-jar", jar.toString(), "serve", "--demo", "--port", String.valueOf(port),
                "--tiltaksradar.demo.corpus=" + CorpusFixtures.corpus().resolve("pdf"))
                // the default data directory, "data", relative to where the newcomer stands, as in the README
                .directory(data.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();

        String console = awaitConsole(log, "Stop with Ctrl-C.");
        long samples;
        try (var files = Files.list(CorpusFixtures.corpus().resolve("pdf"))) {
            samples = files.count();
        }
        assertThat(console).contains("Tiltaksradar is running at http://127.0.0.1:" + port + "/", "Demo: " + samples + " sample documents");
        Matcher password = Pattern.compile("one-time password (\\S+)").matcher(console);
        assertThat(password.find()).as(console).isTrue();

        Api api = new Api(port, "admin", password.group(1));
        JsonNode run = api.awaitRun(1, Duration.ofMinutes(2));
        assertThat(run.get("status").asText()).isEqualTo("FINISHED");
        assertThat(api.get("/api/candidates").json().get("total").asInt()).isGreaterThan(100);
        assertThat(run.get("documents")).hasSize((int) samples);
        assertThat(api.get("/api/candidates?quoteStatus=NOT_FOUND").json().get("total").asInt()).isZero();
        assertThat(new Api(port, null, null).get("/api/candidates").status()).isEqualTo(401);
        assertThat(new Api(port, null, null).get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(data.resolve("data").resolve("db")).isDirectory();
    }

    private String awaitConsole(Path log, String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            String console = Files.exists(log) ? Files.readString(log) : "";
            if (console.contains(line)) {
                return console;
            }
            if (!server.isAlive()) {
                throw new AssertionError("serve --demo ended: " + console);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + line + "' on the console: " + Files.readString(log));
    }
}
