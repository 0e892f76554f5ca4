package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.testing.CorpusFixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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
 * The register screen in a real headless Chromium: candidates accepted in review are found by a Norwegian search in
 * another inflection than the text has, their quote is one click away on its highlighted page, a register field is
 * edited, and the CSV and XLSX the browser downloads hold what the screen showed.
 */
@SpringBootTest(classes = TiltaksradarServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiltaksradar.users.admin-password=" + RegisterScreenIT.ADMIN_PASSWORD, "tiltaksradar.jobs.workers=1"})
@ActiveProfiles(TiltaksradarServer.PROFILE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisterScreenIT {
    static final String ADMIN_PASSWORD = "admin-secret-for-register";
    private static final String REVIEWER_PASSWORD = "reviewer-secret-77";
    private static final Path DATA = ServerContract.tempDir("tiltaksradar-register-");
    private static final Path DOWNLOADS = ServerContract.tempDir("tiltaksradar-downloads-");
    /**
     * A plural indefinite noun ("løsninger"); its plural definite ("løsningene") is the same stem to the search. A stem
     * ending in r is left out: "-erer" is mostly a verb ("konkretiserer").
     */
    private static final Pattern PLURAL = Pattern.compile("(?<![\\p{L}])(\\p{Ll}{4,}[^r\\P{Ll}])er(?![\\p{L}])");

    @LocalServerPort
    int port;

    private Api reviewer;
    private ChromeDriver browser;
    private long documentId;
    private long found;
    private long child;
    private String query;
    private JsonNode foundEntry;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("tiltaksradar.data-dir", DATA::toString);
    }

    @BeforeAll
    void acceptCandidatesAndLogIn() throws InterruptedException {
        Api admin = new Api(port, "admin", ADMIN_PASSWORD);
        reviewer = admin.createReviewer("rita", REVIEWER_PASSWORD);
        documentId = admin.uploadOne(CorpusFixtures.pdf("ks"));
        admin.extract(List.of(documentId));
        long searchable = searchableCandidate();
        found = register(searchable);
        child = register(otherVerifiedCandidate(searchable));
        foundEntry = reviewer.get("/api/register/" + found).json();
        Api.Response parent = reviewer.patch("/api/register/" + child, Map.of("parentId", found, "version",
                reviewer.get("/api/register/" + child).json().get("version").asInt()));
        assertThat(parent.status()).as(parent.text()).isEqualTo(200);
        browser = Chromium.start();
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
        logIn();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aNorwegianSearchFindsTheMeasureInAnotherInflection() {
        browser.get(base() + "/register");
        WebElement search = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("q")));
        new Actions(browser).sendKeys(Keys.ESCAPE).sendKeys("/").perform(); // '/' puts the keyboard in the search field
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo(search.getDomAttribute("id"));
        new Actions(browser).sendKeys(query).sendKeys(Keys.ENTER).perform();
        waitFor().until(ExpectedConditions.urlContains("q="));
        assertThat(foundEntry.get("quote").asText().toLowerCase(Locale.ROOT)).doesNotContain(query);
        assertThat(rowIds()).contains(found);
        Chromium.screenshot(browser, "register-search");
    }

    @Test
    @Order(1)
    void aChildMeasureStandsUnderItsParent() {
        browser.get(base() + "/register?document=" + documentId);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("register-table")));
        assertThat(rowIds()).containsSubsequence(found, child);
        WebElement childRow = browser.findElement(By.cssSelector("tr[data-id='" + child + "']"));
        assertThat(childRow.getDomAttribute("data-depth")).isEqualTo("1");
        Chromium.screenshot(browser, "register");
    }

    @Test
    @Order(2)
    void theRegisterScreenHasNoSeriousOrCriticalAccessibilityViolation() {
        browser.get(base() + "/register?q=" + query);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("register-table")));
        assertThat(violations()).isEmpty();
        browser.get(base() + "/register/" + found);
        waitFor().until(d -> imageLoaded());
        assertThat(violations()).isEmpty();
    }

    @Test
    @Order(3)
    void theSourceQuoteIsOneClickAwayOnItsHighlightedPage() {
        browser.get(base() + "/register?q=" + query);
        browser.findElement(By.cssSelector("tr[data-id='" + found + "'] .source-link")).click();
        waitFor().until(ExpectedConditions.urlContains("/register/" + found));
        assertThat(browser.findElement(By.id("source-quote")).getText()).isEqualTo(foundEntry.get("quote").asText());
        waitFor().until(d -> imageLoaded());
        WebElement mark = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source .highlight")));
        WebElement page = browser.findElement(By.cssSelector("#source .page"));
        assertThat(mark.getRect().getWidth()).isPositive();
        assertThat(mark.getRect().getY()).isBetween(page.getRect().getY(), page.getRect().getY() + page.getRect().getHeight());
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("source");
        waitFor().until(d -> Boolean.TRUE.equals(browser.executeScript("const r = document.querySelector('#source .highlight')"
                + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight")));
        long candidate = reviewer.get("/api/register/" + found + "/sources").json().get(0).get("candidateId").asLong();
        assertThat(browser.findElement(By.id("open-in-review")).getDomAttribute("href")).contains("candidate=" + candidate);
        Chromium.screenshot(browser, "register-entry");
    }

    @Test
    @Order(4)
    void aRegisterFieldIsEditedAndTheChangeIsInTheHistory() {
        browser.get(base() + "/register/" + found);
        WebElement costFrame = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("f-costFrame")));
        costFrame.clear();
        costFrame.sendKeys("25 mill. kr over tre år");
        browser.findElement(By.id("save")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".message"), "lagret"));
        JsonNode entry = reviewer.get("/api/register/" + found).json();
        assertThat(entry.get("costFrame").asText()).isEqualTo("25 mill. kr over tre år");
        assertThat(entry.get("updatedBy").asText()).isEqualTo("rita");
        assertThat(browser.findElement(By.id("history")).getText()).contains("rita", "Kostnadsramme", "25 mill. kr over tre år");
    }

    @Test
    @Order(5)
    void theCsvTheBrowserDownloadsHoldsTheFilteredRegister() throws IOException {
        browser.get(base() + "/register?q=" + query);
        browser.findElement(By.id("export-csv")).click();
        byte[] bytes = Files.readAllBytes(Chromium.download(browser, DOWNLOADS, ".csv"));
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser csv = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(csv.getHeaderComment()).contains("q=" + query);
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).extracting(r -> r.get("ID")).contains(String.valueOf(found));
            CSVRecord row = rows.stream().filter(r -> r.get("ID").equals(String.valueOf(found))).findFirst().orElseThrow();
            assertThat(row.get("Sitat")).isEqualTo(foundEntry.get("quote").asText());
            assertThat(row.get("Kostnadsramme")).isEqualTo("25 mill. kr over tre år");
        }
    }

    @Test
    @Order(6)
    void theWorkbookTheBrowserDownloadsHoldsTheFilteredRegister() throws IOException {
        browser.get(base() + "/register?q=" + query);
        browser.findElement(By.id("export-xlsx")).click();
        try (InputStream in = Files.newInputStream(Chromium.download(browser, DOWNLOADS, ".xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Tiltak");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter()).isNotNull();
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(2).getStringCellValue());
                }
            }
            assertThat(names).contains(foundEntry.get("name").asText());
            StringBuilder about = new StringBuilder();
            workbook.getSheet("Om eksporten").forEach(row -> row.forEach(cell -> about.append(cell.getStringCellValue()).append('|')));
            assertThat(about.toString()).contains("q|" + query + "|");
        }
    }

    @Test
    @Order(7)
    void theRegisterFitsANarrowScreen() {
        browser.manage().window().setSize(new Dimension(400, 800));
        try {
            browser.get(base() + "/register?q=" + query);
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("register-table")));
            Chromium.screenshot(browser, "register-narrow");
            Object wider = browser.executeScript("const w = document.documentElement.clientWidth; return [...document.querySelectorAll("
                    + "'body *')].filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-wrap'))"
                    + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8)");
            assertThat((List<?>) wider).as("nothing but the table (which scrolls in its own box) is wider than the screen").isEmpty();
            browser.get(base() + "/register/" + found);
            waitFor().until(d -> imageLoaded());
            Chromium.screenshot(browser, "register-entry-narrow");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    /** A verified candidate with its quote marked whose quote has a plural noun to search for in another form. */
    private long searchableCandidate() {
        for (JsonNode c : verified()) {
            Matcher plural = PLURAL.matcher(c.get("quote").asText());
            while (plural.find()) {
                String definite = plural.group(1) + "ene";
                if (!c.get("quote").asText().toLowerCase(Locale.ROOT).contains(definite)) {
                    query = definite;
                    return c.get("id").asLong();
                }
            }
        }
        throw new AssertionError("no verified candidate with a plural noun in its quote among "
                + reviewer.get("/api/candidates?document=" + documentId + "&size=500").text());
    }

    /** Candidates whose quote was found where they say, so the source page has a mark to show. */
    private List<JsonNode> verified() {
        List<JsonNode> verified = new ArrayList<>();
        for (JsonNode c : reviewer.get("/api/candidates?document=" + documentId + "&size=500").json().get("items")) {
            if (List.of("VERIFIED", "VERIFIED_FUZZY").contains(c.path("quoteStatus").asText())) {
                verified.add(c);
            }
        }
        return verified;
    }

    private long otherVerifiedCandidate(long not) {
        for (JsonNode c : verified()) {
            if (c.get("id").asLong() != not) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("only one verified candidate");
    }

    /** Accepts a candidate through the API and answers its register entry. */
    private long register(long candidate) {
        int version = reviewer.get("/api/candidates/" + candidate).json().get("version").asInt();
        Api.Response accepted = reviewer.post("/api/candidates/" + candidate + "/decisions", Map.of("action", "ACCEPT", "version", version));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        for (JsonNode entry : reviewer.get("/api/register?document=" + documentId + "&size=500").json().get("items")) {
            for (JsonNode source : reviewer.get("/api/register/" + entry.get("id").asLong() + "/sources").json()) {
                if (source.get("candidateId").asLong() == candidate) {
                    return entry.get("id").asLong();
                }
            }
        }
        throw new AssertionError("accepted candidate " + candidate + " is not in the register");
    }

    private List<Long> rowIds() {
        return browser.findElements(By.cssSelector("#register-table tbody tr")).stream()
                .map(row -> Long.parseLong(row.getDomAttribute("data-id"))).toList();
    }

    private List<String> violations() {
        return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser)
                .getViolations().stream().filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    private boolean imageLoaded() {
        return Boolean.TRUE.equals(browser.executeScript(
                "const i = document.querySelector('#source .page img'); return i != null && i.complete && i.naturalWidth > 0"));
    }

    private void logIn() {
        Chromium.logIn(browser, base() + "/register", "rita", REVIEWER_PASSWORD);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
