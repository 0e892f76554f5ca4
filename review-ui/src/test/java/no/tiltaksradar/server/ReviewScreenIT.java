package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.deque.html.axecore.selenium.AxeBuilder;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review screen in a real headless Chromium: a reviewer logs in through the form, sees the quote
 * marked on its page, decides by keyboard, and the API holds what the screen said it did.
 */
@SpringBootTest(classes = TiltaksradarServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiltaksradar.users.admin-password=" + ReviewScreenIT.ADMIN_PASSWORD, "tiltaksradar.jobs.workers=1"})
@ActiveProfiles(TiltaksradarServer.PROFILE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewScreenIT {
    static final String ADMIN_PASSWORD = "admin-secret-for-browser";
    private static final String REVIEWER_PASSWORD = "reviewer-secret-42";
    private static final Path DATA = ServerContract.tempDir("tiltaksradar-browser-");

    @LocalServerPort
    int port;

    @Autowired
    CandidateRepository candidateRepository;

    private Api reviewer;
    private long ksId;
    private ChromeDriver browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("tiltaksradar.data-dir", DATA::toString);
    }

    @BeforeAll
    void extractKsAndLogIn() throws InterruptedException {
        Api admin = new Api(port, "admin", ADMIN_PASSWORD);
        reviewer = admin.createReviewer("rita", REVIEWER_PASSWORD);
        ksId = admin.uploadOne(CorpusFixtures.pdf("ks"));
        admin.extract(List.of(ksId));
        browser = Chromium.start();
        logIn();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theQuoteIsMarkedOverItsPageImage() {
        open("/review?document=" + ksId);
        WebElement image = waitFor().until(d -> loaded(d.findElement(By.cssSelector("#pages .page img"))));
        WebElement mark = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pages .highlight")));
        Chromium.screenshot(browser, "review");
        Rectangle page = image.getRect();
        Rectangle box = mark.getRect();
        // the mark sits where the API's box (PDF points, top-left origin) falls on the image as drawn
        JsonNode first = reviewer.get("/api/candidates/" + currentCandidate()).json().get("highlight").get(0);
        JsonNode size = reviewer.get("/api/documents/" + ksId + "/pages/" + first.get("page").asInt()).json();
        double scale = page.getWidth() / size.get("widthPt").asDouble();
        assertThat(box.getX()).isCloseTo(page.getX() + (int) Math.round(first.get("x").asDouble() * scale), within(2));
        assertThat(box.getY()).isCloseTo(page.getY() + (int) Math.round(first.get("y").asDouble() * scale), within(2));
        assertThat(box.getWidth()).isCloseTo((int) Math.round(first.get("width").asDouble() * scale), within(2));
        assertThat(box.getHeight()).isCloseTo((int) Math.round(first.get("height").asDouble() * scale), within(2));
        // scrolled to the quote: the mark lies inside the visible part of the page pane
        Rectangle pane = browser.findElement(By.id("pages")).getRect();
        assertThat(box.getY() - pane.getY()).isBetween(0, pane.getHeight());
        assertThat(browser.findElement(By.id("page")).getText()).matches("\\d+ i filen · (trykket sidetall .+|uten trykket sidetall)");
        assertThat(browser.findElement(By.id("reasons")).findElements(By.tagName("li"))).isNotEmpty();
    }

    @Test
    void oneCandidateIsAcceptedAndAnotherRejectedByKeyboard() {
        open("/review?document=" + ksId);
        long accepted = currentCandidate();
        press("a");
        confirmIfAsked();
        long rejected = waitForCandidateOtherThan(accepted);
        press("r");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-dialog")));
        Chromium.screenshot(browser, "review-reject-reasons");
        press("2");
        waitForCandidateOtherThan(rejected);

        JsonNode acceptance = reviewer.get("/api/candidates/" + accepted + "/decisions").json().get(0);
        assertThat(acceptance.get("action").asText()).isEqualTo("ACCEPT");
        assertThat(acceptance.get("reviewer").asText()).isEqualTo("rita");
        JsonNode rejection = reviewer.get("/api/candidates/" + rejected + "/decisions").json().get(0);
        assertThat(rejection.get("action").asText()).isEqualTo("REJECT");
        assertThat(rejection.get("reason").asText()).isEqualTo("GOAL");
        assertThat(reviewer.get("/api/candidates/" + rejected).json().get("reviewState").asText()).isEqualTo("REJECTED");
        assertThat(registeredCandidates()).contains(accepted).doesNotContain(rejected);
    }

    @Test
    void acceptingAnUnverifiedQuoteAsksFirst() throws Exception {
        long unverified = unverifiedCandidate();
        open("/review?document=" + ksId + "&candidate=" + unverified);
        waitFor().until(d -> currentCandidate() == unverified);
        press("a");
        WebElement dialog = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(dialog.getText()).contains("ikke verifisert");
        Chromium.screenshot(browser, "review-confirm-unverified");
        assertThat(reviewer.get("/api/candidates/" + unverified).json().get("reviewState").asText()).isEqualTo("OPEN");
        browser.findElement(By.id("confirm-accept")).click();
        waitForCandidateOtherThan(unverified);
        assertThat(reviewer.get("/api/candidates/" + unverified).json().get("reviewState").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aDecisionSomeoneElseMadeFirstIsToldNotOverwritten() {
        open("/review?document=" + ksId);
        long shown = currentCandidate();
        int version = reviewer.get("/api/candidates/" + shown).json().get("version").asInt();
        int earlier = reviewer.get("/api/candidates/" + shown + "/decisions").json().size(); // edits and undos of other tests
        Api.Response other = reviewer.post("/api/candidates/" + shown + "/decisions",
                Map.of("action", "REJECT", "reason", "DUPLICATE", "version", version));
        assertThat(other.status()).as(other.text()).isEqualTo(201);
        press("a");
        confirmIfAsked();
        WebElement message = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message.problem")));
        assertThat(message.getText()).contains("Noen andre har avgjort", "Din avgjørelse ble ikke lagret");
        waitForCandidateOtherThan(shown); // the screen moves on instead of offering the decided candidate again
        Chromium.screenshot(browser, "review-decided-by-someone-else");
        JsonNode decisions = reviewer.get("/api/candidates/" + shown + "/decisions").json();
        assertThat(decisions).hasSize(earlier + 1);
        assertThat(decisions.get(earlier).get("action").asText()).isEqualTo("REJECT");
    }

    @Test
    void aPassageTheProposersMissedIsSelectedOnThePageAndAddedWithOneKey() {
        open("/review?document=" + ksId);
        long before = currentCandidate();
        List<WebElement> words = waitFor().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#pages .text-layer span"));
            return found.size() > 60 ? found : null;
        });
        WebElement first = words.get(40);
        WebElement last = words.get(48);
        // a reviewer drags the mouse from the first word to the last
        new Actions(browser).moveToElement(first, -first.getRect().getWidth() / 2 + 1, 0).clickAndHold()
                .moveToElement(last, last.getRect().getWidth() / 2 - 1, 0).release().perform();
        WebElement bar = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("selection-bar")));
        int page = Integer.parseInt(first.findElement(By.xpath("..")).getDomAttribute("data-page"));
        String text = reviewer.get("/api/documents/" + ksId + "/pages/" + page).json().get("text").asText();
        String expected = text.substring(Integer.parseInt(first.getDomAttribute("data-start")), Integer.parseInt(last.getDomAttribute("data-end")));
        assertThat(browser.findElements(By.cssSelector("#pages .text-layer span.chosen"))).hasSize(9);
        Chromium.screenshot(browser, "review-selection");
        assertThat(bar.getText()).contains("Legg til som tiltak");
        press("t");
        long added = waitForCandidateOtherThan(before);
        JsonNode candidate = reviewer.get("/api/candidates/" + added).json();
        assertThat(candidate.get("quote").asText()).isEqualTo(expected.strip());
        assertThat(candidate.get("addedBy").asText()).isEqualTo("rita");
        assertThat(candidate.get("page").asInt()).isEqualTo(page);
        assertThat(browser.findElement(By.id("message")).getText()).startsWith("Lagt til");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pages .highlight")));
    }

    @Test
    void aSearchHitIsAddedAsAMeasure() {
        open("/review?document=" + ksId);
        long before = currentCandidate();
        press("/");
        WebElement input = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-input")));
        input.sendKeys("innbyggere", Keys.ENTER);
        WebElement addButton = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results li button.accept")));
        String hit = browser.findElement(By.cssSelector("#search-results li p")).getText();
        Chromium.screenshot(browser, "review-search");
        addButton.click();
        long added = waitForCandidateOtherThan(before);
        JsonNode candidate = reviewer.get("/api/candidates/" + added).json();
        assertThat(candidate.get("addedBy").asText()).isEqualTo("rita");
        assertThat(hit).contains(candidate.get("quote").asText().replaceAll("\\s+", " "));
        assertThat(candidate.get("quote").asText().toLowerCase()).contains("innbygger");
    }

    @Test
    void fieldsAreEditedTheCandidateMergedAndTheMergeUndoneByKeyboard() {
        open("/review?document=" + ksId);
        long shown = currentCandidate();
        press("e");
        WebElement ministry = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.name("ministry")));
        ministry.clear();
        ministry.sendKeys("Digitaliserings- og forvaltningsdepartementet", Keys.ENTER);
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Lagret"));
        assertThat(reviewer.get("/api/candidates/" + shown).json().get("edits").get("ministry").asText())
                .isEqualTo("Digitaliserings- og forvaltningsdepartementet");
        assertThat(browser.findElement(By.id("fields")).getText()).contains("Digitaliserings- og forvaltningsdepartementet");

        press("m");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("relation-dialog")));
        String target = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("relation-list"))).getFirstSelectedOption()
                .getDomAttribute("value");
        Chromium.screenshot(browser, "review-merge");
        press(Keys.ENTER);
        waitForCandidateOtherThan(shown);
        JsonNode merged = reviewer.get("/api/candidates/" + shown).json();
        assertThat(merged.get("reviewState").asText()).isEqualTo("MERGED");
        assertThat(reviewer.get("/api/candidates/" + shown + "/decisions").json().get(1).get("relatedId").asText()).isEqualTo(target);

        press("u");
        waitFor().until(d -> currentCandidate() == shown);
        assertThat(reviewer.get("/api/candidates/" + shown).json().get("reviewState").asText()).isEqualTo("OPEN");
        assertThat(browser.findElement(By.id("message")).getText()).startsWith("Angret");
    }

    @Test
    void theScreenSpeaksEnglishWhenAskedAndKeepsTheChoice() {
        try {
            open("/review?document=" + ksId + "&lang=en");
            assertThat(browser.findElement(By.id("accept")).getText()).startsWith("Accept");
            open("/review?document=" + ksId);
            assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Review");
            assertThat(browser.findElement(By.id("position")).getText()).startsWith("Candidate 1 of");
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            Chromium.screenshot(browser, "review-english");
        } finally {
            open("/review?document=" + ksId + "&lang=nb");
        }
        assertThat(browser.findElement(By.id("accept")).getText()).startsWith("Godkjenn");
    }

    @Test
    void aLinkToADecidedCandidateShowsThatCandidateWithItsState() {
        JsonNode open = reviewer.get("/api/candidates?document=" + ksId + "&reviewState=OPEN&quoteStatus=VERIFIED_FUZZY&size=1&sort=id,desc")
                .json().get("items").get(0);
        long id = open.get("id").asLong();
        assertThat(reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "ACCEPT", "version", open.get("version").asInt()))
                .status()).isEqualTo(201);
        open("/review?document=" + ksId + "&candidate=" + id);
        assertThat(currentCandidate()).isEqualTo(id);
        assertThat(browser.findElement(By.id("review-state")).getText()).isEqualTo("Allerede godkjent");
    }

    @Test
    void theQuestionMarkListsTheKeys() {
        open("/review?document=" + ksId);
        press("?");
        WebElement help = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("help-dialog")));
        assertThat(help.getText()).contains("Godkjenn", "Avvis", "Neste kandidat", "Forrige kandidat", "Rediger", "Angre", "Søk i dokumentet");
        Chromium.screenshot(browser, "review-keys");
    }

    @Test
    void theReviewScreenHasNoSeriousOrCriticalAccessibilityViolation() {
        open("/review?document=" + ksId);
        waitFor().until(d -> loaded(d.findElement(By.cssSelector("#pages .page img"))));
        List<String> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser)
                .getViolations().stream().filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
        assertThat(violations).isEmpty();
    }

    private void logIn() {
        Chromium.logIn(browser, base() + "/review", "rita", REVIEWER_PASSWORD);
    }

    private void open(String path) {
        browser.get(base() + path);
        waitFor().until(d -> !d.findElement(By.id("candidate-name")).getText().isBlank());
    }

    private long currentCandidate() {
        return Long.parseLong(browser.findElement(By.id("review")).getDomAttribute("data-candidate"));
    }

    private long waitForCandidateOtherThan(long previous) {
        return waitFor().until(d -> {
            String shown = d.findElement(By.id("review")).getDomAttribute("data-candidate");
            return shown != null && Long.parseLong(shown) != previous ? Long.parseLong(shown) : null;
        });
    }

    private void press(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void confirmIfAsked() {
        if (browser.findElement(By.id("confirm-dialog")).isDisplayed()) {
            press(Keys.ENTER);
        }
    }

    private List<Long> registeredCandidates() {
        List<Long> ids = new java.util.ArrayList<>();
        for (JsonNode entry : reviewer.get("/api/register?document=" + ksId + "&size=500").json().get("items")) {
            reviewer.get("/api/register/" + entry.get("id").asLong() + "/sources").json()
                    .forEach(source -> ids.add(source.get("candidateId").asLong()));
        }
        return ids;
    }

    /** A candidate whose quote is not in the document, as an unvalidated proposer could leave one. */
    private long unverifiedCandidate() throws Exception {
        JsonNode open = reviewer.get("/api/candidates?document=" + ksId + "&reviewState=OPEN&size=1").json().get("items").get(0);
        ObjectNode record = (ObjectNode) reviewer.get("/api/candidates/" + open.get("id").asLong()).json().get("record").deepCopy();
        record.put("id", "unverified-browser").put("quote", "En setning som ikke står i dokumentet.");
        ObjectNode validation = (ObjectNode) record.get("validation");
        validation.put("status", "NEEDS_REVIEW");
        ((ObjectNode) validation.get("quote")).put("status", "NOT_FOUND");
        return candidateRepository.insert(null, ksId, new ObjectMapper().writeValueAsString(record), "rita");
    }

    private WebElement loaded(WebElement image) {
        return Boolean.TRUE.equals(browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image))
                ? image : null;
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
