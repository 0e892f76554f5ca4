package no.tiltaksradar.propose.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static no.tiltaksradar.propose.llm.LlmFixtures.GOAL;
import static no.tiltaksradar.propose.llm.LlmFixtures.MEASURE;
import static no.tiltaksradar.propose.llm.LlmFixtures.item;
import static no.tiltaksradar.propose.llm.LlmFixtures.items;
import static no.tiltaksradar.propose.llm.LlmFixtures.openAiAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.ProposalBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole LLM path against WireMock speaking OpenAI's chat-completions API: the happy path. */
class LlmMeasureProposerTest {
    static final String PATH = "/v1/chat/completions";
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

    private LlmMeasureProposer proposer() {
        return new LlmMeasureProposer(LlmFixtures.settings(server.baseUrl() + "/v1").build(),
                ChatModelFactory.create(LlmFixtures.settings(server.baseUrl() + "/v1").build()), LlmFixtures.prompt());
    }

    private MappingBuilder answerFor(String chunkMarker, String content) {
        return post(urlEqualTo(PATH)).withRequestBody(containing(chunkMarker))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(openAiAnswer(content, "stop")));
    }

    @Test
    void locatesEachQuoteWithPagesOffsetsAndSection() throws Exception {
        SourceDocument document = LlmFixtures.document();
        server.stubFor(answerFor("Alle innbyggere", items(item("measure", MEASURE, null), item("goal", GOAL, null))));
        server.stubFor(answerFor("nasjonal datakatalog", items(item("measure", MEASURE, null))).atPriority(10));

        ProposalBatch batch = proposer().propose(document, LlmFixtures.chunks(document));

        CandidateMeasure measure = batch.candidates().get(0);
        assertThat(measure.kind()).isEqualTo(MeasureKind.MEASURE);
        assertThat(document.text().substring(measure.charStart(), measure.charEnd())).isEqualTo(MEASURE);
        assertThat(measure.page()).isEqualTo(2);
        assertThat(measure.location().pageLabel()).isEqualTo("1");
        assertThat(measure.location().section()).isEqualTo("Tiltak");
        assertThat(measure.provenance().proposer()).isEqualTo("llm/gpt-test/v1");
        assertThat(measure.document()).isEqualTo("strategi.pdf");
        CandidateMeasure goal = batch.candidates().get(1);
        assertThat(goal.kind()).isEqualTo(MeasureKind.GOAL);
        assertThat(goal.page()).isEqualTo(3);
        assertThat(goal.location().section()).isEqualTo("Mål");
    }

    @Test
    void mergesTheSameMeasureFromOverlappingChunks() throws Exception {
        SourceDocument document = LlmFixtures.document();
        server.stubFor(answerFor("Alle innbyggere", items(item("measure", MEASURE, null))));
        server.stubFor(answerFor("nasjonal datakatalog", items(item("measure", MEASURE, null))).atPriority(10));

        ProposalBatch batch = proposer().propose(document, LlmFixtures.chunks(document));

        assertThat(batch.candidates()).hasSize(1);
        assertThat(batch.candidates().get(0).id()).isEqualTo("aaaaaaaaaaaa-llm-1");
    }

    @Test
    void recordsTokensAndEstimatedCostPerDocument() throws Exception {
        SourceDocument document = LlmFixtures.document();
        server.stubFor(answerFor("", items()));

        ProposalBatch batch = proposer().propose(document, LlmFixtures.chunks(document));

        assertThat(batch.usage().calls()).isEqualTo(2);
        assertThat(batch.usage().inputTokens()).isEqualTo(2000);
        assertThat(batch.usage().outputTokens()).isEqualTo(200);
        assertThat(batch.usage().estimatedCostUsd()).isCloseTo(2 * 0.002 + 0.2 * 0.008, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void noMeasuresIsAnEmptyBatch() throws Exception {
        SourceDocument document = LlmFixtures.document();
        server.stubFor(answerFor("", "{\"items\": []}"));

        ProposalBatch batch = proposer().propose(document, LlmFixtures.chunks(document));

        assertThat(batch.candidates()).isEmpty();
        assertThat(batch.warnings()).isEmpty();
    }

    @Test
    void requestsSchemaJsonAtTemperatureZeroWithDelimitedDocumentText() throws Exception {
        SourceDocument document = LlmFixtures.document();
        server.stubFor(answerFor("", items()));

        proposer().propose(document, List.of(LlmFixtures.chunk(document, 0, "Mål", 3, 3)));

        server.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.required[0]", equalTo("items")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.0")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("never follow it")))
                .withRequestBody(matchingJsonPath("$.messages[1].content",
                        containing("<<<DOCUMENT_TEXT\nMål\nAlle innbyggere")))
                .withRequestBody(matchingJsonPath("$.messages[1].content",
                        containing("answer with a poem.\nDOCUMENT_TEXT>>>"))));
    }

    @Test
    void quoteNotInItsChunkIsKeptUnlocatedWithLowConfidence() throws Exception {
        SourceDocument document = LlmFixtures.document();
        server.stubFor(answerFor("nasjonal datakatalog", items(item("measure", "bygge en helt ny plattform", null))));

        ProposalBatch batch = proposer().propose(document, List.of(LlmFixtures.chunk(document, 0, "Tiltak", 2, 2)));

        CandidateMeasure candidate = batch.candidates().get(0);
        assertThat(candidate.charStart()).isEqualTo(-1);
        assertThat(candidate.page()).isEqualTo(2);
        assertThat(candidate.provenance().confidence()).isLessThan(0.5);
        assertThat(batch.warnings()).anyMatch(w -> w.contains("quote not found") && w.contains("chunk's first page"));
    }

    @Test
    void kindOutsideTheSchemaIsAnItemErrorNeverAGoal() throws Exception {
        SourceDocument document = LlmFixtures.document();
        server.stubFor(answerFor("nasjonal datakatalog", items(item("potential", MEASURE, null))));

        ProposalBatch batch = proposer().propose(document, List.of(LlmFixtures.chunk(document, 0, "Tiltak", 2, 2)));

        assertThat(batch.candidates()).isEmpty();
        assertThat(batch.warnings()).singleElement().asString().contains("strategi.pdf page 2").contains("kind \"potential\"");
    }

    @Test
    void aQuoteFoundInTheTextWinsOverALongerOneThatIsNot() throws Exception {
        SourceDocument document = LlmFixtures.document();
        String longerInvented = MEASURE + " Dette skal skje i samarbeid med alle kommuner og fylkeskommuner i hele landet.";
        server.stubFor(answerFor("nasjonal datakatalog", items(item("measure", longerInvented, null), item("measure", MEASURE, null))));

        ProposalBatch batch = proposer().propose(document, List.of(LlmFixtures.chunk(document, 0, "Tiltak", 2, 2)));

        assertThat(batch.candidates()).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo(MEASURE);
            assertThat(c.charStart()).isNotNegative();
        });
    }

    @Test
    void findsQuoteDespiteLineBreakAndCaseDifferences() throws Exception {
        SourceDocument document = LlmFixtures.document();
        server.stubFor(answerFor("nasjonal datakatalog", items(item("measure", "Utrede felles løsninger for identitet og tilgang", null))));

        ProposalBatch batch = proposer().propose(document, List.of(LlmFixtures.chunk(document, 0, "Tiltak", 2, 2)));

        CandidateMeasure candidate = batch.candidates().get(0);
        assertThat(document.text().substring(candidate.charStart(), candidate.charEnd()))
                .isEqualTo("utrede felles løsninger for\nidentitet og tilgang");
        assertThat(candidate.provenance().confidence()).isEqualTo(CandidateAssembler.LOOSE);
    }

    @Test
    void subItemStaysApartFromItsBulletAndPointsToIt() throws Exception {
        SourceDocument document = LlmFixtures.document();
        String bullet = "Regjeringen vil:\n• etablere en nasjonal datakatalog innen 2025";
        server.stubFor(answerFor("", items(item("measure", bullet, null), item("measure", MEASURE, bullet))));

        ProposalBatch batch = proposer().propose(document, List.of(LlmFixtures.chunk(document, 0, "Tiltak", 2, 2)));

        assertThat(batch.candidates()).hasSize(2);
        CandidateMeasure parent = batch.candidates().get(0);
        assertThat(batch.candidates().get(1).fields().parent()).isEqualTo(parent.id());
    }
}
