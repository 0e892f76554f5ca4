package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.testing.CorpusFixtures;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole day of a reviewer, as a newcomer meets it: the README's main command ({@code serve --demo}, the built jar in a
 * fresh folder), log in with the printed password, review three candidates by keyboard, add one measure the proposer
 * missed by selecting it on the page, find all four in the register and read them back from the XLSX the browser downloads.
 */
class DemoScenarioIT {
    @TempDir
    Path data;
    private Process server;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.destroy();
        }
    }

    @Test
    void reviewThreeAddOneMissedMeasureAndFindAllFourInTheRegisterAndItsWorkbook() throws Exception {
        int port = freePort();
        String password = startDemo(port);
        Api api = new Api(port, "admin", password);
        assertThat(api.awaitRun(1, Duration.ofMinutes(3)).get("status").asText()).isEqualTo("FINISHED");
        long ks = documentId(api, "ks.pdf");
        Path downloads = Files.createDirectories(data.resolve("downloads"));
        browser = Chromium.start();
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        String base = "http://127.0.0.1:" + port;

        Chromium.logIn(browser, base + "/review?document=" + ks, "admin", password);
        List<Long> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accepted.add(acceptShownByKeyboard());
        }
        accepted.add(addMissedMeasureAndAcceptIt(ks));
        Chromium.screenshot(browser, "scenario-review");

        Set<Long> entries = registerEntriesOf(api, accepted);
        assertThat(entries).hasSize(4);
        browser.get(base + "/register?document=" + ks);
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("register-table")));
        for (long entry : entries) {
            assertThat(browser.findElements(By.cssSelector("#register-table a.entry-link[href='/register/" + entry + "']"))).hasSize(1);
        }
        Chromium.screenshot(browser, "scenario-register");

        browser.findElement(By.id("export-xlsx")).click();
        Set<String> names = new HashSet<>();
        for (long entry : entries) {
            names.add(api.get("/api/register/" + entry).json().get("name").asText());
        }
        try (InputStream in = Files.newInputStream(Chromium.download(browser, downloads, ".xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Tiltak");
            Set<String> exported = new HashSet<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    exported.add(row.getCell(2).getStringCellValue());
                }
            }
            assertThat(exported).isEqualTo(names);
        }
    }

    private long acceptShownByKeyboard() {
        long shown = shownCandidate();
        new Actions(browser).sendKeys("a").perform();
        if (browser.findElement(By.id("confirm-dialog")).isDisplayed()) {
            new Actions(browser).sendKeys(Keys.ENTER).perform();
        }
        wait(browser).until(d -> shownCandidate() != shown);
        return shown;
    }

    private long addMissedMeasureAndAcceptIt(long documentId) {
        long before = shownCandidate();
        List<WebElement> words = wait(browser).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#pages .text-layer span"));
            return found.size() > 40 ? found : null;
        });
        WebElement first = words.get(20);
        WebElement last = words.get(30);
        new Actions(browser).moveToElement(first, -first.getRect().getWidth() / 2 + 1, 0).clickAndHold()
                .moveToElement(last, last.getRect().getWidth() / 2 - 1, 0).release().perform();
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("selection-bar")));
        new Actions(browser).sendKeys("t").perform();
        wait(browser).until(d -> shownCandidate() != before);
        assertThat(browser.findElement(By.id("message")).getText()).startsWith("Lagt til");
        return acceptShownByKeyboard();
    }

    private long shownCandidate() {
        String shown = wait(browser).until(d -> d.findElement(By.id("review")).getDomAttribute("data-candidate"));
        return Long.parseLong(shown);
    }

    private static Set<Long> registerEntriesOf(Api api, List<Long> candidates) {
        Set<Long> entries = new HashSet<>();
        for (JsonNode entry : api.get("/api/register?size=500").json().get("items")) {
            for (JsonNode source : api.get("/api/register/" + entry.get("id").asLong() + "/sources").json()) {
                if (candidates.contains(source.get("candidateId").asLong())) {
                    entries.add(entry.get("id").asLong());
                }
            }
        }
        return entries;
    }

    private static long documentId(Api api, String fileName) {
        for (JsonNode document : api.get("/api/documents?size=100").json().get("items")) {
            if (document.get("fileName").asText().equals(fileName)) {
                return document.get("id").asLong();
            }
        }
        throw new AssertionError("the demo has no " + fileName);
    }

    private String startDemo(int port) throws IOException, InterruptedException {
        Path log = data.resolve("console.log");
        Path jar = Path.of("target", "tiltaksradar.jar").toAbsolutePath();
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-jar", jar.toString(), "serve", "--demo", "--port", String.valueOf(port),
                "--tiltaksradar.demo.corpus=" + CorpusFixtures.corpus().resolve("pdf"))
                .directory(data.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            String console = Files.exists(log) ? Files.readString(log) : "";
            Matcher password = Pattern.compile("one-time password (\\S+)").matcher(console);
            if (console.contains("Stop with Ctrl-C.") && password.find()) {
                return password.group(1);
            }
            if (!server.isAlive()) {
                throw new AssertionError("serve --demo ended: " + console);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve --demo did not start: " + Files.readString(log));
    }

    private static WebDriverWait wait(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
