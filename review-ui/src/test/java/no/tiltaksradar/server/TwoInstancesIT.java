package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Two server instances over one PostgreSQL share a run: each document is processed once, by one of them. */
class TwoInstancesIT {
    private static final String PASSWORD = "two-instances-admin";

    @TempDir
    Path data;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @AfterEach
    void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void twoInstancesShareTheDocumentsOfOneRun() throws Exception {
        PostgresServer postgres = PostgresServer.get();
        String url = postgres.createDatabase("two_instances");
        first = start("instance-a", url, postgres);
        second = start("instance-b", url, postgres);
        Api api = new Api(port(first), "admin", PASSWORD);
        List<Path> files = SampleDocuments.corpusAnd(4, data.resolve("in"));
        List<Long> ids = api.upload(files.toArray(Path[]::new)).json().findValues("documentId").stream().map(JsonNode::asLong).toList();
        long runId = api.post("/api/runs", Map.of("documentIds", ids)).json().get("id").asLong();
        JsonNode run = new Api(port(second), "admin", PASSWORD).awaitRun(runId, Duration.ofMinutes(3));

        Set<String> instances = new HashSet<>();
        for (JsonNode document : run.get("documents")) {
            assertThat(document.get("status").asText()).isEqualTo("DONE");
            assertThat(document.get("attempts").asInt()).isEqualTo(1);
            instances.add(document.get("processedBy").asText());
            JsonNode stored = api.get("/api/candidates?run=" + runId + "&document=" + document.get("documentId").asLong() + "&size=500").json();
            assertThat(stored.get("total").asInt()).isEqualTo(document.get("candidates").asInt());
        }
        assertThat(instances).containsExactlyInAnyOrder("instance-a", "instance-b");
    }

    private ConfigurableApplicationContext start(String name, String url, PostgresServer postgres) {
        return TiltaksradarServer.start(new String[] {"--server.port=0", "--tiltaksradar.data-dir=" + data.resolve(name), "--tiltaksradar.storage.files-dir=" + data.resolve("files"),
                "--tiltaksradar.database.url=" + url, "--tiltaksradar.database.username=" + postgres.user(),
                "--tiltaksradar.database.password=" + postgres.password(), "--tiltaksradar.users.admin-password=" + PASSWORD,
                "--tiltaksradar.jobs.workers=1", "--tiltaksradar.jobs.instance-name=" + name});
    }

    private static int port(ConfigurableApplicationContext context) {
        return TiltaksradarServer.port(context);
    }
}
