package no.tiltaksradar.propose.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static no.tiltaksradar.propose.llm.LlmFixtures.MEASURE;
import static no.tiltaksradar.propose.llm.LlmFixtures.item;
import static no.tiltaksradar.propose.llm.LlmFixtures.items;
import static no.tiltaksradar.propose.llm.LlmFixtures.openAiAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.ProposalBatch;
import no.tiltaksradar.propose.ProposalException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault of the provider's HTTP API, served by WireMock, and what the proposer makes of it. */
class LlmFaultsTest {
    private static final String PATH = "/v1/chat/completions";
    private final SourceDocument document = LlmFixtures.document();
    private final List<Chunk> oneChunk = List.of(LlmFixtures.chunk(document, 0, "Tiltak", 2, 2));
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private LlmMeasureProposer proposer(LlmSettings.Builder settings) {
        LlmSettings built = settings.build();
        return new LlmMeasureProposer(built, ChatModelFactory.create(built), LlmFixtures.prompt());
    }

    private LlmSettings.Builder settings() {
        return LlmFixtures.settings(server.baseUrl() + "/v1");
    }

    private static ResponseDefinitionBuilder ok(String content, String finishReason) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(openAiAnswer(content, finishReason));
    }

    /** First answer {@code first}, every later one a valid answer with the measure. */
    private void failOnceThenAnswer(ResponseDefinitionBuilder first) {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(first).willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("s").whenScenarioStateIs("recovered")
                .willReturn(ok(items(item("measure", MEASURE, null)), "stop")));
    }

    @Test
    void rateLimitWaitsForRetryAfterThenRetries() throws Exception {
        failOnceThenAnswer(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}"));

        long started = System.nanoTime();
        ProposalBatch batch = proposer(settings()).propose(document, oneChunk);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(batch.candidates()).hasSize(1);
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void serverErrorsAreRetriedUntilSuccess() throws Exception {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"boom\"}}"))
                .willSetStateTo("second"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("s").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"overloaded\"}}"))
                .willSetStateTo("recovered"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("s").whenScenarioStateIs("recovered")
                .willReturn(ok(items(item("measure", MEASURE, null)), "stop")));

        ProposalBatch batch = proposer(settings()).propose(document, oneChunk);

        assertThat(batch.candidates()).hasSize(1);
        server.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void timeoutsAreRetriedThenReportedAsRetriable() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(ok(items(), "stop").withFixedDelay(1500)));

        ProposalException error = catchThrowableOfType(ProposalException.class, () -> proposer(
                settings().timeout(Duration.ofMillis(300)).maxRetries(1)).propose(document, oneChunk));

        assertThat(error.retriable()).isTrue();
        assertThat(error.getMessage()).contains("timeout").contains("2 attempts");
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void timedOutChunkBecomesWarningWhenOthersAnswer() throws Exception {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("Alle innbyggere"))
                .willReturn(ok(items(), "stop").withFixedDelay(1500)));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("Forside"))
                .willReturn(ok(items(), "stop")));
        List<Chunk> chunks = List.of(LlmFixtures.chunk(document, 0, "Forside", 1, 1),
                LlmFixtures.chunk(document, 1, "Mål", 3, 3));

        ProposalBatch batch = proposer(settings().timeout(Duration.ofMillis(300)).maxRetries(0)).propose(document, chunks);

        assertThat(batch.warnings()).singleElement().asString().contains("page 3: partial").contains("timeout");
    }

    @Test
    void badRequestOnOneChunkMarksTheDocumentPartialWithItsPagesAndOthersGoOn() throws Exception {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("Alle innbyggere"))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"maximum context length exceeded\"}}")));
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("Forside"))
                .willReturn(ok(items(), "stop")));
        List<Chunk> chunks = List.of(LlmFixtures.chunk(document, 0, "Forside", 1, 1),
                LlmFixtures.chunk(document, 1, "Mål", 3, 3));

        ProposalBatch batch = proposer(settings().maxRetries(2)).propose(document, chunks);

        assertThat(batch.warnings()).singleElement().asString().startsWith("strategi.pdf page 3: partial").contains("400");
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("Alle innbyggere")));
    }

    @Test
    void unauthorizedIsNotRetried() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided\"}}")));

        ProposalException error = catchThrowableOfType(ProposalException.class,
                () -> proposer(settings()).propose(document, oneChunk));

        assertThat(error.retriable()).isFalse();
        assertThat(error.getMessage()).contains("401").contains("strategi.pdf");
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void answerCutOffAtTokenLimitSplitsTheChunkAndAsksAgain() throws Exception {
        String first = "Regjeringen vil etablere en nasjonal datakatalog innen 2025. " + "Tekst om data. ".repeat(8);
        String second = "\n\nKommunene skal ta i bruk felles komponenter for innbyggerdialog. " + "Mer tekst her. ".repeat(8);
        SourceDocument longDocument = LlmFixtures.document(first + second);
        List<Chunk> chunks = List.of(LlmFixtures.chunk(longDocument, 0, "Tiltak", 1, 1));
        String secondQuote = "Kommunene skal ta i bruk felles komponenter for innbyggerdialog.";
        server.stubFor(post(urlEqualTo(PATH)).atPriority(1).withRequestBody(containing("nasjonal datakatalog"))
                .withRequestBody(containing("Kommunene skal")).willReturn(ok("{\"items\":[{\"kind\":\"mea", "length")));
        server.stubFor(post(urlEqualTo(PATH)).atPriority(5).withRequestBody(containing("nasjonal datakatalog"))
                .willReturn(ok(items(item("measure", "Regjeringen vil etablere en nasjonal datakatalog innen 2025.", null)), "stop")));
        server.stubFor(post(urlEqualTo(PATH)).atPriority(5).withRequestBody(containing("Kommunene skal"))
                .willReturn(ok(items(item("measure", secondQuote, null)), "stop")));

        ProposalBatch batch = proposer(settings()).propose(longDocument, chunks);

        assertThat(batch.candidates()).extracting(c -> c.quote()).hasSize(2).contains(secondQuote);
        assertThat(batch.candidates()).allMatch(c -> c.charStart() >= 0);
        server.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void defectiveJsonIsRepairedWithoutAnotherCall() throws Exception {
        String fenced = "```json\n{\"items\": [" + item("measure", MEASURE, null) + ",]}\n```";
        server.stubFor(post(urlEqualTo(PATH)).willReturn(ok(fenced, "stop")));

        ProposalBatch batch = proposer(settings()).propose(document, oneChunk);

        assertThat(batch.candidates()).hasSize(1);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void invalidJsonIsAskedOnceMore() throws Exception {
        failOnceThenAnswer(ok("Beklager, jeg kan ikke svare på det.", "stop"));

        ProposalBatch batch = proposer(settings()).propose(document, oneChunk);

        assertThat(batch.candidates()).hasSize(1);
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void invalidJsonTwiceIsReportedAsWarning() throws Exception {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(ok("Her er tiltakene: ingen.", "stop")));

        ProposalBatch batch = proposer(settings()).propose(document, oneChunk);

        assertThat(batch.candidates()).isEmpty();
        assertThat(batch.warnings()).singleElement().asString().contains("not valid JSON");
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void chunksOfAnotherDocumentAreRefused() {
        SourceDocument other = new SourceDocument("annen.pdf", "b".repeat(64), document.metadata(), document.pages());
        List<Chunk> foreign = List.of(LlmFixtures.chunk(other, 0, "Tiltak", 2, 2));

        ProposalException error = catchThrowableOfType(ProposalException.class,
                () -> proposer(settings()).propose(document, foreign));

        assertThat(error.getMessage()).contains("another document");
        server.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }
}
