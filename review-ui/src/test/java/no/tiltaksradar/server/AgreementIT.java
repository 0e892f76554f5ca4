package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two reviewers in a real headless Chromium: an admin gives a document to anna and bo, each decides its candidates by
 * keyboard on the review screen without seeing the other's decisions, and the admin sees their kappa and settles the
 * one candidate they differ on.
 */
@SpringBootTest(classes = TiltaksradarServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiltaksradar.users.admin-password=" + AgreementIT.ADMIN_PASSWORD, "tiltaksradar.jobs.workers=1"})
@ActiveProfiles(TiltaksradarServer.PROFILE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementIT {
    static final String ADMIN_PASSWORD = "admin-secret-for-agreement";
    private static final String PASSWORD = "reviewer-secret-42";
    private static final Path DATA = ServerContract.tempDir("tiltaksradar-agreement-browser-");

    @LocalServerPort
    int port;

    private Api admin;
    private long documentId;
    private String documentName;
    private ChromeDriver browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("tiltaksradar.data-dir", DATA::toString);
    }

    @BeforeAll
    void extractOnePlan() throws InterruptedException {
        admin = new Api(port, "admin", ADMIN_PASSWORD);
        for (String reviewer : List.of("anna", "bo")) {
            admin.createReviewer(reviewer, PASSWORD);
        }
        documentId = admin.uploadOne(SampleDocuments.plan(DATA.resolve("upload/tiltaksplan-to-vurderere.pdf"), 7));
        documentName = "tiltaksplan-to-vurderere.pdf";
        admin.extract(List.of(documentId));
        browser = Chromium.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void twoReviewersDecideBlindAndAnAdminSeesKappaAndSettlesTheirDisagreement() {
        List<Long> candidates = openCandidates();
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(3);

        logIn("admin", ADMIN_PASSWORD);
        open("/agreement");
        new Select(browser.findElement(By.id("assign-document"))).selectByValue(String.valueOf(documentId));
        new Select(browser.findElement(By.id("assign-first"))).selectByValue("anna");
        new Select(browser.findElement(By.id("assign-second"))).selectByValue("bo");
        browser.findElement(By.cssSelector("form.assign button[type=submit]")).click();
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .message"))).getText())
                .contains(documentName);

        // anna: accept, accept, reject as "not a measure"
        logIn("anna", PASSWORD);
        List<Long> seenByAnna = decide(List.of("a", "a", "r1"));
        assertThat(seenByAnna).containsExactlyElementsOf(candidates.subList(0, 3));
        open("/review?document=" + documentId); // back on the screen, anna's queue holds no candidate she decided
        waitFor().until(d -> !d.findElement(By.id("message")).getText().isBlank());
        assertThat(browser.findElement(By.id("review")).isDisplayed()).isFalse();
        for (long id : seenByAnna) { // nothing changed that bo could see: still open, no shared decision
            assertThat(admin.get("/api/candidates/" + id).json().get("reviewState").asText()).isEqualTo("OPEN");
            assertThat(admin.get("/api/candidates/" + id + "/decisions").json()).isEmpty();
        }

        // bo sees the same open queue and decides: accept (agrees), reject (differs), reject as "a goal" (agrees)
        logIn("bo", PASSWORD);
        List<Long> seenByBo = decide(List.of("a", "r1", "r2"));
        assertThat(seenByBo).isEqualTo(seenByAnna);
        long agreedAccept = seenByBo.get(0);
        long differing = seenByBo.get(1);
        long agreedReject = seenByBo.get(2);
        assertThat(state(agreedAccept)).isEqualTo("ACCEPTED");
        assertThat(state(differing)).isEqualTo("OPEN");
        assertThat(state(agreedReject)).isEqualTo("REJECTED");
        assertThat(registered()).containsExactly(agreedAccept);

        // accept/reject pairs (A,A) (A,R) (R,R): p_o = 2/3, p_e = (2*1 + 1*2)/9 = 4/9, kappa = (2/9)/(5/9) = 0.40
        logIn("admin", ADMIN_PASSWORD);
        open("/agreement");
        WebElement kappa = browser.findElement(By.id("kappa-accept-reject"));
        assertThat(kappa.findElement(By.className("value")).getText()).isEqualTo("0,40");
        assertThat(kappa.getText()).contains("noe enighet", "Like i 67 % av 3 par");
        // kind: only the first was accepted by both, as a measure each time: full agreement in one category, no kappa
        assertThat(browser.findElement(By.id("kappa-kind")).getText()).contains("–", "Begge valgte det samme hver gang");
        WebElement disagreement = browser.findElement(By.id("disagreement-" + differing));
        assertThat(disagreement.findElement(By.className("both")).getText()).contains("anna", "Godkjent som tiltak", "bo",
                "Avvist: ikke et tiltak");
        assertThat(browser.findElements(By.cssSelector(".disagreement"))).hasSize(1);
        Chromium.screenshot(browser, "agreement");
        assertNoSeriousAccessibilityViolation();
        narrowScreenshot("agreement-narrow", null);
        narrowScreenshot("agreement-narrow-disagreement", disagreement);
        browser.executeScript("arguments[0].scrollIntoView()", disagreement);
        Chromium.screenshot(browser, "agreement-disagreement");

        disagreement.findElement(By.cssSelector("button[value=ACCEPT]")).click();
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .message"))).getText())
                .contains(String.valueOf(differing));
        assertThat(browser.findElements(By.cssSelector(".disagreement"))).isEmpty();
        assertThat(state(differing)).isEqualTo("ACCEPTED");
        assertThat(registered()).containsExactlyInAnyOrder(agreedAccept, differing);
        JsonNode settlement = admin.get("/api/candidates/" + differing + "/decisions").json().get(0);
        assertThat(settlement.get("reviewer").asText()).isEqualTo("admin");
        assertThat(admin.get("/api/audit?size=100").text()).contains("AGREEMENT_SETTLED");
        // a settlement does not change how well the two agreed
        assertThat(browser.findElement(By.id("kappa-accept-reject")).findElement(By.className("value")).getText()).isEqualTo("0,40");
        Chromium.screenshot(browser, "agreement-settled");
    }

    /** Decides the shown candidates in turn by keyboard ("a" accept, "rN" reject with reason N); returns their ids. */
    private List<Long> decide(List<String> keys) {
        open("/review?document=" + documentId);
        waitFor().until(d -> !d.findElement(By.id("candidate-name")).getText().isBlank());
        List<Long> decided = new ArrayList<>();
        for (String key : keys) {
            long shown = Long.parseLong(browser.findElement(By.id("review")).getDomAttribute("data-candidate"));
            decided.add(shown);
            press(key.substring(0, 1));
            if (key.startsWith("r")) {
                waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-dialog")));
                press(key.substring(1));
            } else if (browser.findElement(By.id("confirm-dialog")).isDisplayed()) {
                browser.findElement(By.id("confirm-accept")).click();
            }
            waitFor().until(d -> {
                String now = d.findElement(By.id("review")).getDomAttribute("data-candidate");
                return !d.findElement(By.id("review")).isDisplayed() || now == null || Long.parseLong(now) != shown;
            });
        }
        return decided;
    }

    private List<Long> openCandidates() {
        List<Long> ids = new ArrayList<>();
        admin.get("/api/candidates?document=" + documentId + "&reviewState=OPEN&sort=id,asc&size=100").json().get("items")
                .forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private String state(long candidate) {
        return admin.get("/api/candidates/" + candidate).json().get("reviewState").asText();
    }

    private List<Long> registered() {
        List<Long> ids = new ArrayList<>();
        for (JsonNode entry : admin.get("/api/register?document=" + documentId + "&size=500").json().get("items")) {
            admin.get("/api/register/" + entry.get("id").asLong() + "/sources").json().forEach(s -> ids.add(s.get("candidateId").asLong()));
        }
        return ids;
    }

    private void logIn(String user, String password) {
        browser.manage().deleteAllCookies();
        Chromium.logIn(browser, base() + "/login", user, password);
    }

    private void open(String path) {
        browser.get(base() + path);
    }

    private void narrowScreenshot(String name, WebElement scrollTo) {
        Dimension wide = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(400, 800));
        try {
            browser.executeScript(scrollTo == null ? "window.scrollTo(0, 0)" : "arguments[0].scrollIntoView()", scrollTo);
            Chromium.screenshot(browser, name);
        } finally {
            browser.manage().window().setSize(wide);
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

    private void press(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
