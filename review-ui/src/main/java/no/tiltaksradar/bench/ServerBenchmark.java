package no.tiltaksradar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.job.ExtractJob;
import no.tiltaksradar.propose.MeasureProposer;
import org.springframework.context.ApplicationContext;

/**
 * The server measured from outside, as a client sees it: run throughput against the command
 * line's {@code extract} on the same files in the same process (a ratio), and the latency of the
 * filtered candidate list once the database holds a given number of candidates.
 */
public final class ServerBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILTERS = List.of("status=VERIFIED&kind=measure", "q=digital", "minConfidence=0.7&sort=confidence,desc",
            "ministry=departement", "technology=ki", "kind=goal&sort=page,asc", "reviewState=OPEN&size=100", "purpose=samhandling");

    private final ExtractJob extract;
    private final MeasureProposer proposer;

    public ServerBenchmark(ExtractJob extract, MeasureProposer proposer) {
        this.extract = extract;
        this.proposer = proposer;
    }

    /**
     * @param server a running server context whose admin is {@code admin} with {@code password}
     */
    public void run(ApplicationContext server, int port, String password, List<Path> files, int rounds, int candidates, int requests,
                    PrintWriter out) throws IOException, InterruptedException {
        BenchClient basic = new BenchClient(port, "admin", password);
        // the run is followed by polling; with a password each poll would cost the server a bcrypt check and slow the run
        BenchClient client = basic.withNewToken();
        int pages = extractBaseline(files, 1); // warm-up, as the server's first run warms the same code
        long extractNanos = timed(() -> extractBaseline(files, rounds));
        List<Long> ids = client.upload(files);
        client.awaitRun(client.startRun(ids));
        long serverNanos = timed(() -> {
            for (int round = 0; round < rounds; round++) {
                client.awaitRun(client.startRun(ids));
            }
            return 0;
        });
        double extractRate = pages * rounds / seconds(extractNanos);
        double serverRate = pages * rounds / seconds(serverNanos);
        out.printf("run throughput, %d files / %d pages x %d rounds: extract %.1f pages/s, server (upload done, run start to finish) "
                + "%.1f pages/s, ratio %.2f%n", files.size(), pages, rounds, extractRate, serverRate, serverRate / extractRate);
        int stored = seed(server.getBean(CandidateRepository.class), client, candidates);
        latencies(basic, requests, stored, "HTTP Basic, password checked per call", out);
        latencies(client, requests, stored, "personal API token", out);
        BenchClient browser = new BenchClient(port, "admin", password);
        browser.loginWithForm("admin", password);
        latencies(browser, requests, stored, "browser session", out);
    }

    private int extractBaseline(List<Path> files, int rounds) {
        int pages = 0;
        for (int round = 0; round < rounds; round++) {
            pages = 0;
            for (Path file : files) {
                var extraction = extract.extractDocument(file, proposer, true);
                pages += extraction.succeeded() ? extraction.outcome().document().pages().size() : 0;
            }
        }
        return pages;
    }

    /** Copies the stored candidates until the database holds {@code target}: the same shapes, new ids. */
    private static int seed(CandidateRepository candidates, BenchClient client, int target) throws IOException {
        JsonNode page = client.get("/api/candidates?size=500&records=true");
        List<JsonNode> templates = new ArrayList<>();
        page.get("items").forEach(templates::add);
        long count = candidates.count();
        for (long i = count; i < target; i++) {
            JsonNode template = templates.get((int) (i % templates.size()));
            ObjectNode record = ((ObjectNode) template.get("record").deepCopy()).put("id", "bench-" + i);
            candidates.insert(template.get("runId").asLong(), template.get("documentId").asLong(), JSON.writeValueAsString(record), null);
        }
        return (int) candidates.count();
    }

    private static void latencies(BenchClient client, int requests, int stored, String how, PrintWriter out) throws IOException {
        for (int i = 0; i < 20; i++) {
            client.get("/api/candidates?" + FILTERS.get(i % FILTERS.size()));
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            String query = FILTERS.get(i % FILTERS.size()) + "&page=" + (i % 3);
            long start = System.nanoTime();
            client.get("/api/candidates?" + query);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf("filtered candidate list (%s), %d requests over %d candidates (%d filter shapes): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                how, requests, stored, FILTERS.size(), millis(nanos[requests / 2]), millis(nanos[(int) Math.ceil(requests * 0.95) - 1]),
                millis(nanos[requests - 1]));
    }

    private interface Work {
        int run() throws IOException, InterruptedException;
    }

    private static long timed(Work work) throws IOException, InterruptedException {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
