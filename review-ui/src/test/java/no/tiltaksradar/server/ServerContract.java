package no.tiltaksradar.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.tiltaksradar.candidate.CandidateRepository;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The server's behaviour over HTTP, run against each database it supports (H2 and a real
 * PostgreSQL): a subclass names the database, every test here runs on it.
 */
// a server's scheduler threads end with its class: left running in the shared test JVM they log into the command
// line tests' captured stderr after those reset the logging
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(classes = TiltaksradarServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiltaksradar.users.admin-password=" + ServerContract.ADMIN_PASSWORD, "tiltaksradar.jobs.workers=2",
            "tiltaksradar.storage.max-file-size=300KB"})
@ActiveProfiles(TiltaksradarServer.PROFILE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerContract {
    static final String ADMIN_PASSWORD = "admin-secret-for-tests";
    static final String REVIEWER_PASSWORD = "reviewer-secret-42";

    @LocalServerPort
    int port;

    @Autowired
    CandidateRepository candidateRepository;

    Api admin;
    Api reviewer;
    long ksId;
    long miljoId;
    long truncatedId;
    JsonNode run;

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void uploadAndExtract() throws InterruptedException {
        admin = new Api(port, "admin", ADMIN_PASSWORD);
        assertThat(admin.post("/api/users", Map.of("username", "rita", "password", REVIEWER_PASSWORD, "role", "REVIEWER")).status())
                .isEqualTo(201);
        reviewer = admin.as("rita", REVIEWER_PASSWORD);
        JsonNode uploaded = admin.upload(CorpusFixtures.pdf("ks"), CorpusFixtures.pdf("miljo"), CorpusFixtures.bad("truncated.pdf")).json();
        ksId = uploaded.get(0).get("documentId").asLong();
        miljoId = uploaded.get(1).get("documentId").asLong();
        truncatedId = uploaded.get(2).get("documentId").asLong();
        Api.Response started = admin.post("/api/runs", Map.of("documentIds", List.of(ksId, miljoId, truncatedId)));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        run = admin.awaitRun(started.json().get("id").asLong(), Duration.ofMinutes(2));
    }

    @Test
    void anApiCallWithoutCredentialsGets401() {
        assertThat(new Api(port, null, null).get("/api/candidates").status()).isEqualTo(401);
    }

    @Test
    void theReviewScreenAsksABrowserToLogInAndIsTheStartPage() {
        Api.Response anonymous = new Api(port, null, null).get("/review", "Accept", "text/html"); // as a browser asks
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");
        assertThat(reviewer.get("/").header("Location")).endsWith("/review");
    }

    @Test
    void theReviewScreenCarriesItsFiltersItsCsrfTokenAndNoInlineScript() {
        Api.Response page = reviewer.get("/review?document=" + ksId + "&status=NEEDS_REVIEW");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("data-document=\"" + ksId + "\"", "data-status=\"NEEDS_REVIEW\"", "name=\"csrf-token\"",
                "<script src=\"/review/review.js\" defer></script>", ">ks.pdf</option>");
        assertThat(page.text()).doesNotContain("<script>"); // the CSP allows scripts from files only
        assertThat(reviewer.get("/review/review.js").status()).isEqualTo(200);
    }

    @Test
    void theApiDescriptionAnswersWithoutLogin() {
        Api.Response docs = new Api(port, null, null).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("/api/candidates", "/api/runs", "/api/register");
    }

    @Test
    void responsesCarrySecurityHeaders() {
        Api.Response response = reviewer.get("/api/candidates?size=1");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aReviewerMayNotUploadOrStartRuns() {
        assertThat(reviewer.upload(CorpusFixtures.pdf("digdir")).status()).isEqualTo(403);
        assertThat(reviewer.post("/api/runs", Map.of("documentIds", List.of(ksId))).status()).isEqualTo(403);
        assertThat(reviewer.get("/api/users").status()).isEqualTo(403);
    }

    @Test
    void theSameContentUploadedAgainIsRecognisedAndNotStoredTwice() {
        JsonNode again = admin.upload(CorpusFixtures.pdf("ks")).json().get(0);
        assertThat(again.get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(again.get("documentId").asLong()).isEqualTo(ksId);
        assertThat(again.get("reason").asText()).contains("same content as ks.pdf");
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedAndTheOthersAreKept() {
        JsonNode results = admin.upload(CorpusFixtures.pdf("digdir"), CorpusFixtures.pdf("faktaark")).json();
        assertThat(results.get(0).get("status").asText()).isEqualTo("REJECTED");
        assertThat(results.get(0).get("reason").asText()).contains("larger than the limit of 300KB");
        assertThat(results.get(1).get("status").asText()).isIn("STORED", "DUPLICATE");
    }

    @Test
    void anUploadIsCheckedByContentNotByName() {
        JsonNode result = admin.upload(CorpusFixtures.bad("not-a-pdf.pdf")).json().get(0);
        assertThat(result.get("status").asText()).isEqualTo("REJECTED");
        assertThat(result.get("reason").asText()).contains("not a PDF (PNG image");
    }

    @Test
    void eachDocumentOfARunIsExtractedAndABadOneFailsAloneWithItsReason() {
        assertThat(run.get("status").asText()).isEqualTo("FINISHED");
        Map<Long, JsonNode> byDocument = new java.util.HashMap<>();
        run.get("documents").forEach(d -> byDocument.put(d.get("documentId").asLong(), d));
        assertThat(byDocument.get(ksId).get("status").asText()).isEqualTo("DONE");
        assertThat(byDocument.get(miljoId).get("candidates").asInt()).isGreaterThan(20);
        assertThat(byDocument.get(truncatedId).get("status").asText()).isEqualTo("FAILED");
        assertThat(byDocument.get(truncatedId).get("error").asText()).contains("truncated.pdf", "damaged");
        assertThat(admin.get("/api/documents/" + truncatedId).json().get("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void aCancelledRunStopsItsQueuedDocumentsAndCannotBeCancelledTwice() throws InterruptedException {
        long runId = admin.post("/api/runs", Map.of("documentIds", List.of(miljoId, ksId, truncatedId))).json().get("id").asLong();
        JsonNode cancelled = admin.post("/api/runs/" + runId + "/cancel", Map.of()).json();
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        JsonNode settled = admin.awaitRun(runId, Duration.ofMinutes(1));
        settled.get("documents").forEach(d -> assertThat(d.get("status").asText()).isIn("CANCELLED", "DONE", "FAILED"));
        assertThat(admin.post("/api/runs/" + runId + "/cancel", Map.of()).status()).isEqualTo(409);
        Thread.sleep(1500); // a job that was already in hand when the run was cancelled must not store its result afterwards
        for (JsonNode d : admin.get("/api/runs/" + runId).json().get("documents")) {
            if (d.get("status").asText().equals("CANCELLED")) {
                assertThat(reviewer.get("/api/candidates?run=" + runId + "&document=" + d.get("documentId").asLong()).json()
                        .get("total").asInt()).isZero();
            }
        }
    }

    @Test
    void anIngestedDocumentKeepsItsMetadataAndPageText() {
        JsonNode document = reviewer.get("/api/documents/" + miljoId).json();
        assertThat(document.get("pageCount").asInt()).isPositive();
        assertThat(document.get("sha256").asText()).hasSize(64);
        JsonNode page = reviewer.get("/api/documents/" + miljoId + "/pages/2").json();
        assertThat(page.get("text").asText()).isNotBlank();
        assertThat(reviewer.get("/api/documents/" + miljoId + "/file").header("Content-Type")).isEqualTo("application/pdf");
    }

    @Test
    void aCandidateCarriesTheBoxesOfItsQuoteOnItsPage() {
        JsonNode candidate = reviewer.get("/api/candidates/" + openCandidate(8)).json();
        JsonNode boxes = candidate.get("highlight");
        assertThat(boxes).as(candidate.toString()).isNotEmpty();
        int page = candidate.get("page").asInt();
        JsonNode pageInfo = reviewer.get("/api/documents/" + miljoId + "/pages/" + page).json();
        double width = pageInfo.get("widthPt").asDouble();
        double height = pageInfo.get("heightPt").asDouble();
        assertThat(width).isGreaterThan(100);
        for (JsonNode box : boxes) {
            assertThat(box.get("page").asInt()).isBetween(page, candidate.get("record").get("pageEnd").asInt());
            assertThat(box.get("x").asDouble()).isBetween(0.0, width);
            assertThat(box.get("y").asDouble()).isBetween(0.0, height);
            assertThat(box.get("width").asDouble()).isPositive();
        }
        // a quote of one line or more: the first box starts where its first word does, not at the page's left edge by default
        assertThat(boxes.get(0).get("height").asDouble()).isBetween(4.0, 40.0);
    }

    @Test
    void aPageImageIsRenderedOnceAndThenServedFromTheCache() {
        Api.Bytes first = reviewer.getBytes("/api/documents/" + miljoId + "/pages/2/image?dpi=72");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).isEqualTo("image/png");
        assertThat(cacheDir().resolve(reviewer.get("/api/documents/" + miljoId).json().get("sha256").asText()).resolve("2-72.png"))
                .exists();
        assertThat(reviewer.getBytes("/api/documents/" + miljoId + "/pages/2/image?dpi=72").bytes()).isEqualTo(first.bytes());
        assertThat(reviewer.get("/api/documents/" + miljoId + "/pages/2/image?dpi=13").status()).isEqualTo(400);
        assertThat(reviewer.get("/api/documents/" + miljoId + "/pages/999/image").status()).isEqualTo(404);
    }

    /** Where this database's server keeps rendered pages: the data directory's cache. */
    abstract java.nio.file.Path cacheDir();

    @Test
    void candidatesAreFilteredByKindDocumentAndText() {
        for (JsonNode c : reviewer.get("/api/candidates?kind=goal&size=200").json().get("items")) {
            assertThat(c.get("kind").asText()).isEqualTo("GOAL");
        }
        JsonNode ks = reviewer.get("/api/candidates?document=" + ksId + "&size=200").json();
        assertThat(ks.get("total").asLong()).isPositive();
        ks.get("items").forEach(c -> assertThat(c.get("documentName").asText()).isEqualTo("ks.pdf"));
        String word = ks.get("items").get(0).get("quote").asText().split("\\s+")[2].toLowerCase();
        JsonNode found = reviewer.get("/api/candidates?document=" + ksId + "&q=" + java.net.URLEncoder.encode(word,
                java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(found.get("total").asLong()).isBetween(1L, ks.get("total").asLong());
        found.get("items").forEach(c -> assertThat((c.get("name").asText() + c.get("quote").asText() + c.get("section").asText())
                .toLowerCase()).contains(word));
    }

    @Test
    void candidatesComeInPagesSortedAsAsked() {
        JsonNode first = reviewer.get("/api/candidates?size=5&page=0&sort=confidence,desc").json();
        JsonNode second = reviewer.get("/api/candidates?size=5&page=1&sort=confidence,desc").json();
        assertThat(first.get("items")).hasSize(5);
        assertThat(first.get("total").asLong()).isEqualTo(second.get("total").asLong());
        List<Double> confidences = new ArrayList<>();
        Stream.of(first, second).forEach(p -> p.get("items").forEach(c -> confidences.add(c.get("confidence").asDouble())));
        assertThat(confidences).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(first.get("items").get(4).get("id")).isNotEqualTo(second.get("items").get(0).get("id"));
    }

    @Test
    void aBadRequestIsAProblemDetailThatSaysWhatToFix() {
        Api.Response response = reviewer.get("/api/candidates?sort=password");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("cannot sort by 'password'", "confidence");
        assertThat(reviewer.get("/api/candidates/999999").json().get("title").asText()).isEqualTo("candidate not found");
    }

    @Test
    void aDecisionWithoutTheVersionSeenIsRefused() {
        long id = openCandidate(0);
        Api.Response response = reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "ACCEPT"));
        assertThat(response.status()).isEqualTo(428);
    }

    @Test
    void twoReviewersNeverOverwriteEachOtherSilently() {
        long id = openCandidate(1);
        String etag = reviewer.get("/api/candidates/" + id).header("ETag");
        Api.Response first = reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "REJECT", "reason", "GOAL"), "If-Match", etag);
        Api.Response second = admin.post("/api/candidates/" + id + "/decisions", Map.of("action", "ACCEPT"), "If-Match", etag);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.json().get("detail").asText()).contains("is at version 1, not 0");
        assertThat(reviewer.get("/api/candidates/" + id).json().get("reviewState").asText()).isEqualTo("REJECTED");
    }

    @Test
    void acceptingPutsTheCorrectedMeasureInTheRegisterLinkedToItsCandidateAndDecision() {
        long id = openCandidate(2);
        Api.Response decided = reviewer.post("/api/candidates/" + id + "/decisions",
                Map.of("action", "ACCEPT", "version", 0, "changes", Map.of("ministry", "Kommunal- og distriktsdepartementet")));
        assertThat(decided.status()).as(decided.text()).isEqualTo(201);
        JsonNode history = reviewer.get("/api/candidates/" + id + "/decisions").json();
        assertThat(history.get(0).get("reviewer").asText()).isEqualTo("rita");
        assertThat(history.get(0).get("changes").get(0).get("to").asText()).isEqualTo("Kommunal- og distriktsdepartementet");
        JsonNode entry = reviewer.get("/api/register?ministry=kommunal&size=200").json().get("items").get(0);
        assertThat(entry.get("responsibleMinistry").asText()).isEqualTo("Kommunal- og distriktsdepartementet");
        JsonNode sources = reviewer.get("/api/register/" + entry.get("id").asLong() + "/sources").json();
        assertThat(sources.get(0).get("candidateId").asLong()).isEqualTo(id);
        assertThat(sources.get(0).get("decisionId").asLong()).isEqualTo(decided.json().get("id").asLong());
        assertThat(admin.get("/api/audit?entityType=candidate&entityId=" + id).json().get(0).get("actor").asText()).isEqualTo("rita");
    }

    @Test
    void acceptingAQuoteThatIsNotVerifiedNeedsAnExplicitConfirmation() {
        long id = unverifiedCandidate();
        Api.Response refused = reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "ACCEPT", "version", 0));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("NOT_FOUND", "confirmUnverified");
        Api.Response confirmed = reviewer.post("/api/candidates/" + id + "/decisions",
                Map.of("action", "ACCEPT", "version", 0, "confirmUnverified", true));
        assertThat(confirmed.status()).isEqualTo(201);
    }

    @Test
    void aRejectionNeedsAReasonAndADecidedCandidateStaysDecided() {
        long id = openCandidate(3);
        assertThat(reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "REJECT", "version", 0)).status()).isEqualTo(400);
        assertThat(reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "REJECT", "reason", "NOT_A_MEASURE", "version", 0))
                .status()).isEqualTo(201);
        Api.Response again = reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "ACCEPT", "version", 1));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("is REJECTED");
    }

    @Test
    void registerFieldsAreEditedOnTheVersionSeen() {
        long id = openCandidate(4);
        reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "ACCEPT", "version", 0));
        long entry = reviewer.get("/api/register/" + registerEntryOf(id)).json().get("id").asLong();
        Api.Response edited = reviewer.patch("/api/register/" + entry, Map.of("portfolio", "Fellesløsninger", "version", 0));
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(edited.json().get("portfolio").asText()).isEqualTo("Fellesløsninger");
        assertThat(reviewer.patch("/api/register/" + entry, Map.of("phase", "Gjennomføring", "version", 0)).status()).isEqualTo(412);
    }

    @Test
    void aBrowserSessionMustSendTheCsrfToken() {
        BrowserSession browser = BrowserSession.login(port, "rita", REVIEWER_PASSWORD);
        assertThat(browser.postJson("/api/candidates/" + openCandidate(5) + "/decisions", "{\"action\":\"EDIT\"}", false)).isEqualTo(403);
        assertThat(browser.postJson("/api/candidates/" + openCandidate(5) + "/decisions",
                "{\"action\":\"EDIT\",\"version\":0,\"changes\":{\"deadline\":\"2027\"}}", true)).isEqualTo(201);
    }

    @Test
    void aPersonalApiTokenWorksUntilItIsRevoked() {
        Api.Response created = reviewer.post("/api/users/me/tokens", Map.of("name", "script"));
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asText();
        Api script = new Api(port, null, null);
        String[] bearer = {"Authorization", "Bearer " + token};
        assertThat(script.get("/api/candidates?size=1", bearer).status()).isEqualTo(200);
        assertThat(script.post("/api/candidates/" + openCandidate(7) + "/decisions", Map.of("action", "EDIT", "version", 0,
                "changes", Map.of("deadline", "2028")), bearer).status()).isEqualTo(201);
        assertThat(script.get("/api/users", bearer).status()).isEqualTo(403);
        long id = reviewer.get("/api/users/me/tokens").json().get(0).get("id").asLong();
        assertThat(reviewer.delete("/api/users/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(script.get("/api/candidates?size=1", bearer).status()).isEqualTo(401);
        assertThat(script.get("/api/candidates?size=1", "Authorization", "Bearer trt_made-up").status()).isEqualTo(401);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        admin.post("/api/users", Map.of("username", "lars", "password", "lars-password-1", "role", "REVIEWER"));
        Api wrong = admin.as("lars", "not-his-password");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/candidates").status()).isEqualTo(401);
        }
        assertThat(admin.as("lars", "lars-password-1").get("/api/candidates").status()).isEqualTo(401);
        JsonNode users = admin.get("/api/users").json();
        users.forEach(u -> {
            if (u.get("username").asText().equals("lars")) {
                assertThat(u.get("locked").asBoolean()).isTrue();
            }
        });
    }

    /** The n-th verified candidate of miljo.pdf, by id: each test decides on its own one, whatever the others did. */
    // --- missed measures and undo (issue #9)

    @Test
    void aReviewerAddsAMissedMeasureWhoseQuoteIsCutVerbatimFromThePage() {
        JsonNode page = reviewer.get("/api/documents/" + miljoId + "/pages/3").json();
        String text = page.get("text").asText();
        int start = firstLongLine(text);
        int end = text.indexOf('\n', start);
        Api.Response added = reviewer.post("/api/documents/" + miljoId + "/candidates",
                Map.of("page", 3, "start", start, "end", end, "kind", "measure"));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        JsonNode candidate = added.json();
        assertThat(candidate.get("quote").asText()).isEqualTo(text.substring(start, end).strip());
        assertThat(candidate.get("addedBy").asText()).isEqualTo("rita");
        assertThat(candidate.get("proposer").asText()).isEqualTo("reviewer/rita");
        assertThat(candidate.get("reviewState").asText()).isEqualTo("OPEN");
        assertThat(candidate.get("quoteStatus").asText()).isIn("VERIFIED", "VERIFIED_FUZZY");
        assertThat(candidate.get("page").asInt()).isEqualTo(3);
        assertThat(candidate.get("highlight")).isNotEmpty();
        assertThat(admin.get("/api/audit?entityType=candidate&entityId=" + candidate.get("id").asLong()).json().get(0).get("action").asText())
                .isEqualTo("CANDIDATE_ADDED");
    }

    @Test
    void aPassageOutsideThePageIsRefusedWithWhatIsWrong() {
        Api.Response refused = reviewer.post("/api/documents/" + miljoId + "/candidates",
                Map.of("page", 3, "start", 10, "end", 1_000_000, "kind", "measure"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("not within page 3");
        Api.Response badKind = reviewer.post("/api/documents/" + miljoId + "/candidates",
                Map.of("page", 3, "start", 0, "end", 20, "kind", "wish"));
        assertThat(badKind.status()).isEqualTo(400);
    }

    @Test
    void aPageSWordsCoverItsTextWithBoxesOnThePage() {
        JsonNode page = reviewer.get("/api/documents/" + miljoId + "/pages/3").json();
        String text = page.get("text").asText();
        JsonNode words = reviewer.get("/api/documents/" + miljoId + "/pages/3/words").json();
        assertThat(words.size()).isGreaterThan(50);
        for (JsonNode word : words) {
            String token = text.substring(word.get(0).asInt(), word.get(1).asInt());
            assertThat(token).isNotBlank().doesNotContainAnyWhitespaces();
            assertThat(word.get(2).asDouble()).isBetween(0.0, page.get("widthPt").asDouble());
            assertThat(word.get(3).asDouble()).isBetween(0.0, page.get("heightPt").asDouble());
        }
    }

    @Test
    void aSearchOfOneDocumentGivesItsSentencesWithOffsetsReadyToAdd() {
        JsonNode passages = reviewer.get("/api/documents/" + miljoId + "/passages?q=miljøet").json();
        assertThat(passages.size()).isPositive();
        for (JsonNode passage : passages) {
            String pageText = reviewer.get("/api/documents/" + miljoId + "/pages/" + passage.get("page").asInt()).json().get("text").asText();
            assertThat(pageText.substring(passage.get("start").asInt(), passage.get("end").asInt())).isEqualTo(passage.get("text").asText());
            assertThat(passage.get("text").asText().toLowerCase()).contains("miljø");
        }
        assertThat(reviewer.get("/api/documents/" + miljoId + "/passages?q=%20").status()).isEqualTo(400);
    }

    @Test
    void anAcceptanceTakenBackReopensTheCandidateAndLeavesTheRegister() {
        long id = openCandidate(12);
        Api.Response accepted = reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "ACCEPT", "version", 0));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        long entry = registerEntryOf(id);
        Api.Response undone = reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "UNDO", "version", 1));
        assertThat(undone.status()).as(undone.text()).isEqualTo(201);
        assertThat(undone.json().get("relatedId").asLong()).isEqualTo(accepted.json().get("id").asLong());
        assertThat(reviewer.get("/api/candidates/" + id).json().get("reviewState").asText()).isEqualTo("OPEN");
        assertThat(reviewer.get("/api/register/" + entry).status()).isEqualTo(404);
        assertThat(reviewer.get("/api/candidates/" + id + "/decisions").json()).extracting(d -> d.get("action").asText())
                .containsExactly("ACCEPT", "UNDO");
        assertThat(reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "UNDO", "version", 2)).status()).isEqualTo(409);
    }

    @Test
    void onlyWhoeverDecidedOrAnAdminMayTakeADecisionBack() {
        assertThat(admin.post("/api/users", Map.of("username", "sam", "password", REVIEWER_PASSWORD, "role", "REVIEWER")).status())
                .isEqualTo(201);
        long id = openCandidate(13);
        reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "REJECT", "reason", "GOAL", "version", 0));
        Api.Response other = admin.as("sam", REVIEWER_PASSWORD).post("/api/candidates/" + id + "/decisions", Map.of("action", "UNDO", "version", 1));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("detail").asText()).contains("made by rita");
        assertThat(admin.post("/api/candidates/" + id + "/decisions", Map.of("action", "UNDO", "version", 1)).status()).isEqualTo(201);
    }

    @Test
    void anEditTakenBackRestoresTheFieldItChanged() {
        long id = openCandidate(14);
        Api.Response edited = reviewer.post("/api/candidates/" + id + "/decisions",
                Map.of("action", "EDIT", "version", 0, "changes", Map.of("deadline", "2031")));
        assertThat(edited.status()).as(edited.text()).isEqualTo(201);
        JsonNode before = edited.json().get("changes").get(0).get("from");
        reviewer.post("/api/candidates/" + id + "/decisions", Map.of("action", "UNDO", "version", 1));
        JsonNode edits = reviewer.get("/api/candidates/" + id).json().get("edits");
        assertThat(edits.get("deadline")).isEqualTo(before);
    }

    /** A line of running text from the middle of the page: never its running head, which every page repeats. */
    private static int firstLongLine(String text) {
        int start = 0;
        for (String line : text.split("\n")) {
            if (line.strip().length() > 40 && start > text.length() / 3) {
                return start;
            }
            start += line.length() + 1;
        }
        throw new AssertionError("no line of over 40 characters in: " + text);
    }

    long openCandidate(int n) {
        JsonNode items = reviewer.get("/api/candidates?quoteStatus=VERIFIED&document=" + miljoId + "&size=100&sort=id,asc")
                .json().get("items");
        return items.get(10 + n).get("id").asLong();
    }

    private long registerEntryOf(long candidateId) {
        for (JsonNode entry : reviewer.get("/api/register?size=500").json().get("items")) {
            for (JsonNode source : reviewer.get("/api/register/" + entry.get("id").asLong() + "/sources").json()) {
                if (source.get("candidateId").asLong() == candidateId) {
                    return entry.get("id").asLong();
                }
            }
        }
        throw new AssertionError("candidate " + candidateId + " is in no register entry");
    }

    private long unverifiedCandidate() {
        JsonNode template = reviewer.get("/api/candidates/" + openCandidate(6)).json().get("record");
        ObjectNode record = ((ObjectNode) template.deepCopy()).put("id", "unverified-1").put("quote", "En setning som ikke står i dokumentet.");
        ObjectNode validation = (ObjectNode) record.get("validation");
        validation.put("status", "NEEDS_REVIEW");
        if (validation.has("quote")) { // the quote's own answer, apart from the overall status
            ((ObjectNode) validation.get("quote")).put("status", "NOT_FOUND");
        } else {
            validation.put("status", "NOT_FOUND");
        }
        try {
            return candidateRepository.insert(null, miljoId, new ObjectMapper().writeValueAsString(record), "rita");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
