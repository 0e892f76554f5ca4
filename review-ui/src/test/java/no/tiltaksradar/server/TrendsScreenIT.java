package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * The trends screen in a real headless Chromium over a register holding accepted measures of ks.pdf: the figures agree
 * with the register, a citation opens its quote highlighted on the review screen, and the ask box answers from the
 * chosen document only.
 */
@SpringBootTest(classes = TiltaksradarServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiltaksradar.users.admin-password=" + TrendsScreenIT.ADMIN_PASSWORD, "tiltaksradar.jobs.workers=1"})
@ActiveProfiles(TiltaksradarServer.PROFILE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendsScreenIT {
    static final String ADMIN_PASSWORD = "admin-secret-for-trends";
    private static final String REVIEWER_PASSWORD = "reviewer-secret-43";
    private static final Path DATA = ServerContract.tempDir("tiltaksradar-trends-");

    @LocalServerPort
    int port;

    private long ksId;
    private Api reviewer;
    private int accepted;
    private ChromeDriver browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("tiltaksradar.data-dir", DATA::toString);
    }

    @BeforeAll
    void extractKsAcceptItsMeasuresAndLogIn() throws InterruptedException {
        Api admin = new Api(port, "admin", ADMIN_PASSWORD);
        reviewer = admin.createReviewer("tove", REVIEWER_PASSWORD);
        ksId = admin.uploadOne(CorpusFixtures.pdf("ks"));
        admin.extract(List.of(ksId));
        for (JsonNode c : reviewer.get("/api/candidates?document=" + ksId + "&kind=measure&status=VERIFIED&size=50").json().get("items")) {
            long id = c.get("id").asLong();
            String etag = reviewer.get("/api/candidates/" + id).header("ETag");
            Api.Response decided = reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "ACCEPT"), "If-Match", etag);
            assertThat(decided.status()).as(decided.text()).isBetween(200, 201);
            accepted++;
        }
        assertThat(accepted).isPositive();
        browser = Chromium.start();
        Chromium.logIn(browser, base() + "/trends", "tove", REVIEWER_PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsTheRegistersFiguresAndEveryFindingWithACitation() {
        open("/trends");
        assertThat(browser.findElement(By.id("check-summary")).getText()).startsWith(accepted + " tiltak fra 1 dokumenter")
                .contains("0 merket");
        List<WebElement> findings = browser.findElements(By.cssSelector(".findings li"));
        assertThat(findings).isNotEmpty().allSatisfy(li -> assertThat(li.findElements(By.cssSelector("a.cite"))).isNotEmpty());
        assertThat(browser.findElements(By.cssSelector(".chart svg rect.bar"))).isNotEmpty();
        Chromium.screenshot(browser, "trends");
        browser.manage().window().setSize(new Dimension(400, 800));
        try {
            open("/trends");
            Chromium.screenshot(browser, "trends-narrow");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    @Test
    void aCitationOpensItsQuoteHighlightedOnThePage() {
        open("/trends");
        WebElement cite = browser.findElement(By.cssSelector(".findings a.cite[data-measure]"));
        String href = cite.getDomAttribute("href");
        assertThat(href).matches("/trends/source\\?candidate=\\d+");
        cite.click();
        waitFor().until(ExpectedConditions.urlContains("/trends/source?candidate="));
        List<WebElement> marks = waitFor().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#source-page rect.highlight"));
            return found.isEmpty() ? null : found;
        });
        assertThat(marks.get(0).getRect().getWidth()).isPositive();
        Boolean drawn = (Boolean) browser.executeScript("const i = document.querySelector('#source-page image');"
                + "return i.getBBox().width > 0;");
        assertThat(drawn).isTrue();
        // the quote shown is the cited candidate's, as the API has it
        String candidate = href.substring(href.indexOf('=') + 1);
        assertThat(browser.findElement(By.id("source-quote")).getText())
                .isEqualTo(reviewer.get("/api/candidates/" + candidate).json().get("quote").asText());
        Chromium.screenshot(browser, "trends-citation-followed");
    }

    @Test
    void theAskBoxAnswersFromTheChosenDocumentWithPages() {
        open("/trends?q=" + "Hvordan skal kommunene bruke stordata".replace(' ', '+') + "&doc=" + ksId);
        List<WebElement> sentences = browser.findElements(By.cssSelector("#answer li"));
        assertThat(sentences).isNotEmpty().allSatisfy(li -> assertThat(li.getText()).contains("ks.pdf s. "));
        browser.executeScript("document.getElementById('ask-heading').scrollIntoView()");
        Chromium.screenshot(browser, "trends-ask");
    }

    @Test
    void theTrendsScreenHasNoSeriousOrCriticalAccessibilityViolation() {
        open("/trends?q=stordata&doc=" + ksId);
        List<String> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser)
                .getViolations().stream().filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
        assertThat(violations).isEmpty();
    }

    private void open(String path) {
        browser.get(base() + path);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("check-summary")));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
