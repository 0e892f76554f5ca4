package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Upload, runs and document view in a real headless Chromium, one admin's way through them: files chosen
 * with the file input (one good PDF, one damaged, one that is no PDF at all), each file's own result, a run
 * started from the upload screen and watched to its end without reloading, then the good document's view.
 * The steps build on each other, so they run in order.
 */
@SpringBootTest(classes = TiltaksradarServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiltaksradar.users.admin-password=" + UploadAndRunsIT.ADMIN_PASSWORD, "tiltaksradar.jobs.workers=1"})
@ActiveProfiles(TiltaksradarServer.PROFILE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadAndRunsIT {
    static final String ADMIN_PASSWORD = "admin-secret-for-uploads";
    private static final Path DATA = ServerContract.tempDir("tiltaksradar-upload-browser-");
    private static final Dimension WIDE = new Dimension(1280, 800);
    private static final Dimension NARROW = new Dimension(400, 800);

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    no.tiltaksradar.document.DocumentViews views;

    @org.springframework.beans.factory.annotation.Autowired
    no.tiltaksradar.document.DocumentRepository documents;

    private ChromeDriver browser;
    private long goodDocument;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("tiltaksradar.data-dir", DATA::toString);
    }

    @BeforeAll
    void logIn() {
        browser = Chromium.start();
        Chromium.logIn(browser, base() + "/upload", "admin", ADMIN_PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void eachFileChosenWithTheFileInputGetsItsOwnResultInPlainWords() {
        browser.get(base() + "/upload");
        Path good = CorpusFixtures.pdf("ks");
        Path damaged = CorpusFixtures.bad("truncated.pdf");
        Path notPdf = CorpusFixtures.bad("not-a-pdf.pdf");
        browser.findElement(By.id("file-input")).sendKeys(good + "\n" + damaged + "\n" + notPdf);

        WebElement goodRow = settledRow("ks.pdf");
        assertThat(goodRow.getDomAttribute("data-status")).isEqualTo("STORED");
        assertThat(goodRow.getText()).contains("Lagret");
        goodDocument = Long.parseLong(goodRow.getDomAttribute("data-document"));
        // a damaged PDF is a PDF: it is kept, and its run says what is wrong with it
        assertThat(settledRow("truncated.pdf").getDomAttribute("data-status")).isEqualTo("STORED");
        WebElement refused = settledRow("not-a-pdf.pdf");
        assertThat(refused.getDomAttribute("data-status")).isEqualTo("REJECTED");
        assertThat(refused.findElement(By.className("file-result")).getText())
                .isEqualTo("Avvist: Filen er ikke en PDF, DOCX, ODT eller HTML.");
        assertThat(browser.findElement(By.id("run-count")).getText()).isEqualTo("Valgt for kjøringen: 2");
        screenshots("upload");
        assertNoSeriousAccessibilityViolation();
    }

    @Test
    @Order(2)
    void theRunStartedThereIsWatchedToItsEndWithoutReloading() {
        browser.findElement(By.id("start-run")).click();
        waitFor().until(ExpectedConditions.urlMatches("/runs/\\d+$"));
        WebElement main = browser.findElement(By.id("main"));
        // still going when the page came: what follows is the page updating itself, which a marker on window proves
        assertThat(main.getDomAttribute("data-open")).isEqualTo("true");
        browser.executeScript("window.sameRunPage = true");
        new WebDriverWait(browser, Duration.ofMinutes(2))
                .until(ExpectedConditions.textToBe(By.id("run-status"), "Ferdig"));
        assertThat(browser.executeScript("return window.sameRunPage === true")).isEqualTo(true);
        assertThat(browser.findElement(By.id("run-progress-text")).getText()).isEqualTo("1 av 2 ferdige, 1 feilet");
        assertThat(browser.findElement(By.id("live")).getText()).isEqualTo("Kjøringen er avsluttet.");
        assertThat(browser.findElement(By.id("cancel-run")).isDisplayed()).as("a finished run offers no cancel").isFalse();

        WebElement goodRow = documentRow(goodDocument);
        assertThat(goodRow.findElement(By.className("status")).getText()).isEqualTo("Ferdig");
        assertThat(Integer.parseInt(goodRow.findElement(By.className("candidates")).getText())).isPositive();
        WebElement damagedRow = browser.findElements(By.cssSelector("#run-documents tbody tr")).stream()
                .filter(row -> row.getText().contains("truncated.pdf")).findFirst().orElseThrow();
        assertThat(damagedRow.findElement(By.className("status")).getText()).isEqualTo("Feilet");
        assertThat(damagedRow.findElement(By.className("plain")).getText()).isEqualTo("Filen er skadet eller ufullstendig.");
        screenshots("runs");
        assertNoSeriousAccessibilityViolation();
    }

    @Test
    @Order(3)
    void theDocumentViewListsItsCandidatesInReadingOrderBesideItsMarkedPages() {
        documentRow(goodDocument).findElement(By.cssSelector("td.file a")).click();
        waitFor().until(ExpectedConditions.urlMatches("/documents/" + goodDocument + "$"));
        // how long the server takes for the whole view, and what it sends: printed for the record, not asserted
        // what a page costs the server (the browser's session, so no password check), median of 7: printed, not asserted
        System.out.println("document view of ks.pdf: " + navigationTiming() + "; server, median of 7: view " + medianMillis("/documents/"
                + goodDocument) + " ms (of which the view model " + medianMillis(() -> views.view(documents.find(goodDocument)
                .orElseThrow())) + " ms), document list " + medianMillis("/documents") + " ms");
        browser.get(base() + "/documents/" + goodDocument);
        List<WebElement> numbers = browser.findElements(By.cssSelector(".doc-page .cand-number"));
        assertThat(numbers).isNotEmpty();
        List<Integer> order = new ArrayList<>();
        numbers.forEach(n -> order.add(Integer.parseInt(n.getText())));
        assertThat(order).isSorted().startsWith(1);
        List<Integer> pages = new ArrayList<>();
        browser.findElements(By.cssSelector(".doc-page")).forEach(p -> pages.add(Integer.parseInt(p.getDomAttribute("id").substring(5))));
        assertThat(pages).isSorted().startsWith(1);
        WebElement firstWithCandidates = browser.findElement(By.cssSelector(".doc-page:not(.empty)"));
        WebElement image = firstWithCandidates.findElement(By.cssSelector(".sheet img"));
        new org.openqa.selenium.interactions.Actions(browser).scrollToElement(image).perform();
        waitFor().until(d -> loaded(image));
        WebElement mark = firstWithCandidates.findElement(By.cssSelector(".mark"));
        assertThat(mark.getRect().getWidth()).isPositive();
        assertThat(mark.getRect().getY()).isBetween(image.getRect().getY(), image.getRect().getY() + image.getRect().getHeight());
        List<WebElement> empty = browser.findElements(By.cssSelector(".doc-page.empty"));
        if (!empty.isEmpty()) { // a page with nothing proposed says so beside its (smaller) image
            assertThat(empty.get(0).findElement(By.className("none")).getText()).isEqualTo("Ingen forslag på denne siden.");
            browser.executeScript("arguments[0].scrollIntoView()", empty.get(0));
            Chromium.screenshot(browser, "document-page-without-candidates");
        }
        browser.executeScript("window.scrollTo(0, 0)");
        screenshots("document");
        assertNoSeriousAccessibilityViolation();

        WebElement first = browser.findElement(By.cssSelector(".cand .cand-link"));
        String candidate = first.findElement(By.xpath("ancestor::li[1]")).getDomAttribute("data-candidate");
        first.click();
        waitFor().until(ExpectedConditions.urlContains("/review?document=" + goodDocument + "&candidate=" + candidate));
        waitFor().until(d -> candidate.equals(d.findElement(By.id("review")).getDomAttribute("data-candidate")));
    }

    @Test
    @Order(4)
    void anAdminCancelsARunFromItsPageAndThePageSaysSo() {
        Api admin = new Api(port, "admin", ADMIN_PASSWORD);
        List<Long> ids = new ArrayList<>();
        admin.upload(CorpusFixtures.pdf("miljo"), CorpusFixtures.pdf("digdir"), CorpusFixtures.pdf("miljo-handlingsplan")).json()
                .forEach(result -> ids.add(result.get("documentId").asLong()));
        long runId = admin.post("/api/runs", java.util.Map.of("documentIds", ids)).json().get("id").asLong();
        browser.get(base() + "/runs/" + runId);
        browser.findElement(By.id("cancel-run")).click();
        browser.switchTo().alert().accept(); // "Avbryte kjøringen?"
        waitFor().until(ExpectedConditions.textToBe(By.id("run-status"), "Avbrutt"));
        waitFor().until(ExpectedConditions.textToBe(By.id("live"), "Kjøringen er avbrutt."));
        assertThat(browser.findElements(By.cssSelector("#run-documents .status")).stream().map(WebElement::getText))
                .contains("Avbrutt");
        assertThat(admin.get("/api/runs/" + runId).json().get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    @Order(5)
    void aFileDroppedOnTheZoneIsUploadedLikeAChosenOne() {
        browser.get(base() + "/upload");
        // what a drag from the desktop hands the page: a drop event carrying files (here one made in the page)
        browser.executeScript("""
                const files = new DataTransfer();
                files.items.add(new File(['<html><head><title>Plan</title></head><body><h1>Plan</h1>'
                    + '<p>Direktoratet skal innen 2027 lage en felles løsning for digitale søknader.</p></body></html>'],
                    'dropped-plan.html', {type: 'text/html'}));
                document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', {dataTransfer: files, bubbles: true}));
                """);
        WebElement dropped = settledRow("dropped-plan.html");
        assertThat(dropped.getDomAttribute("data-status")).isEqualTo("STORED");
        assertThat(browser.findElement(By.id("run-count")).getText()).isEqualTo("Valgt for kjøringen: 1");
    }

    @Test
    @Order(6)
    void theDocumentListShowsEachDocumentWithItsCandidates() {
        browser.get(base() + "/documents");
        WebElement row = browser.findElement(By.cssSelector("#documents tr[data-document='" + goodDocument + "']"));
        assertThat(row.getText()).contains("ks.pdf", "Lest");
        screenshots("documents-list");
        assertNoSeriousAccessibilityViolation();
    }

    private long medianMillis(String path) {
        return medianMillis(() -> {
            browser.get(base() + path);
            return ((Number) browser.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                    + " return n.responseEnd - n.requestStart")).longValue();
        });
    }

    private static long medianMillis(java.util.function.LongSupplier timedInside) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            times.add(timedInside.getAsLong());
        }
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    private static long medianMillis(Runnable action) {
        return medianMillis(() -> {
            long start = System.nanoTime();
            action.run();
            return (System.nanoTime() - start) / 1_000_000;
        });
    }

    private Object navigationTiming() {
        return browser.executeScript("const n = performance.getEntriesByType('navigation')[0];"
                + " return Math.round(n.responseEnd - n.requestStart) + ' ms, ' + Math.round(n.transferSize / 1024) + ' KiB, '"
                + " + document.querySelectorAll('.cand').length + ' candidates on ' + document.querySelectorAll('.doc-page').length + ' pages'");
    }

    /** The file's row once its upload has a result. */
    private WebElement settledRow(String fileName) {
        return waitFor().until(d -> d.findElements(By.cssSelector("#files li[data-status]")).stream()
                .filter(row -> row.findElement(By.className("file-name")).getText().startsWith(fileName)).findFirst().orElse(null));
    }

    private WebElement documentRow(long documentId) {
        return browser.findElement(By.cssSelector("#run-documents tr[data-document='" + documentId + "']"));
    }

    /** The page as it is at 1280×800, and again at a phone's width. */
    private void screenshots(String name) {
        Chromium.screenshot(browser, name);
        browser.manage().window().setSize(NARROW);
        try {
            Chromium.screenshot(browser, name + "-narrow");
            Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as(name + " scrolls sideways at " + NARROW.getWidth() + " px").isLessThanOrEqualTo(0L);
        } finally {
            browser.manage().window().setSize(WIDE);
        }
    }

    private void assertNoSeriousAccessibilityViolation() {
        List<String> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser)
                .getViolations().stream().filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
        assertThat(violations).isEmpty();
    }

    private WebElement loaded(WebElement image) {
        return Boolean.TRUE.equals(browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image))
                ? image : null;
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
