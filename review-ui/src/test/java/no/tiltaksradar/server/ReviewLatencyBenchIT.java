package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review benchmark (run by scripts/bench-review.sh, not by the test suite: figures, not pass/fail): 50 decisions by
 * keyboard in a real Chromium, each timed by the page from the key to the next candidate shown with its page image
 * drawn and the quote marked. Decisions whose page image is viewed for the first time (the server renders it then) are
 * reported apart from those whose image was seen before. Prints p50/p95 and writes target/bench/review-latency.txt.
 */
@EnabledIfSystemProperty(named = "bench.review", matches = "true")
@SpringBootTest(classes = TiltaksradarServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiltaksradar.users.admin-password=" + ReviewLatencyBenchIT.PASSWORD, "tiltaksradar.jobs.workers=1"})
@ActiveProfiles(TiltaksradarServer.PROFILE)
class ReviewLatencyBenchIT {
    static final String PASSWORD = "bench-admin-secret";
    private static final int DECISIONS = 50;
    private static final long READING_MS = 1000;
    private static final Path DATA = ServerContract.tempDir("tiltaksradar-bench-review-");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("tiltaksradar.data-dir", DATA::toString);
    }

    @Test
    void decisionToNextCandidate() throws Exception {
        Api admin = new Api(port, "admin", PASSWORD);
        List<Long> ids = new ArrayList<>();
        for (JsonNode uploaded : admin.upload(CorpusFixtures.pdf("ks"), CorpusFixtures.pdf("miljo"), CorpusFixtures.pdf("digdir")).json()) {
            ids.add(uploaded.get("documentId").asLong());
        }
        Api.Response started = admin.post("/api/runs", Map.of("documentIds", ids));
        admin.awaitRun(started.json().get("id").asLong(), Duration.ofMinutes(5));
        ChromeDriver browser = Chromium.start();
        try {
            logIn(browser);
            // at once: the next key as soon as a candidate shows, before its successor could be fetched ahead
            List<Map<String, Object>> atOnce = decide(browser, 0);
            // as a reviewer reads: a second with each candidate, time for the next one to be fetched ahead
            List<Map<String, Object>> reading = decide(browser, READING_MS);
            String report = report("decided at once", atOnce) + report("decided after reading for " + READING_MS + " ms", reading);
            System.out.println(report);
            Files.createDirectories(Path.of("target", "bench"));
            Files.writeString(Path.of("target", "bench", "review-latency.txt"), report);
            assertThat(atOnce).hasSize(DECISIONS);
            assertThat(reading).hasSize(DECISIONS);
        } finally {
            browser.quit();
        }
    }

    private void logIn(ChromeDriver browser) {
        Chromium.logIn(browser, "http://127.0.0.1:" + port + "/review", "admin", PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElement(By.id("candidate-name")).getText().isBlank());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> decide(ChromeDriver browser, long readingMs) throws InterruptedException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.executeScript("window.reviewTimings = []");
        for (int i = 0; i < DECISIONS; i++) {
            Thread.sleep(readingMs);
            int before = ((Number) browser.executeScript("return window.reviewTimings.length")).intValue();
            boolean verified = (Boolean) browser.executeScript("return document.getElementById('quote-status').classList.contains('ok')");
            // accept the verified, reject the rest as "not a measure": both are one decision and one round trip
            new Actions(browser).sendKeys(verified ? "a" : "r").perform();
            if (!verified) {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-dialog")));
                new Actions(browser).sendKeys("1").perform();
            }
            wait.until(d -> ((Number) ((ChromeDriver) d).executeScript("return window.reviewTimings.length")).intValue() > before);
        }
        return (List<Map<String, Object>>) browser.executeScript("return window.reviewTimings");
    }

    private static String report(String how, List<Map<String, Object>> timings) {
        List<Double> all = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> seen = new ArrayList<>();
        for (Map<String, Object> timing : timings) {
            double ms = ((Number) timing.get("ms")).doubleValue();
            all.add(ms);
            (Boolean.TRUE.equals(timing.get("firstView")) ? first : seen).add(ms);
        }
        return "review, " + how + ": decision key -> next candidate with its page image drawn and the quote marked (ms)\n"
                + line("all decisions", all) + line("page image viewed the first time (rendered by the server)", first)
                + line("page image seen before (cached)", seen);
    }

    private static String line(String what, List<Double> values) {
        if (values.isEmpty()) {
            return String.format(Locale.ROOT, "  %-58s n=0%n", what);
        }
        List<Double> sorted = values.stream().sorted().toList();
        return String.format(Locale.ROOT, "  %-58s n=%3d  p50=%7.1f  p95=%7.1f  max=%7.1f%n", what, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1)));
    }
}
