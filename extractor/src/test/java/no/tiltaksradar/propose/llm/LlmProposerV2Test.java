package no.tiltaksradar.propose.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static no.tiltaksradar.propose.llm.LlmFixtures.GOAL;
import static no.tiltaksradar.propose.llm.LlmFixtures.MEASURE;
import static no.tiltaksradar.propose.llm.LlmFixtures.openAiAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.Origin;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.ProposalBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Prompt v2: numbered sentences out, sentence ids back, the quote cut from the excerpt by code. */
class LlmProposerV2Test {
    private static final String PATH = "/v1/chat/completions";
    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final SourceDocument document = LlmFixtures.document();
    private final Chunk chunk = LlmFixtures.chunk(document, 0, "Tiltak", 2, 2);

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ProposalBatch propose(String answer) throws Exception {
        return propose(answer, chunk);
    }

    private ProposalBatch propose(String answer, Chunk asked) throws Exception {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(openAiAnswer(answer, "stop"))));
        LlmSettings settings = LlmFixtures.settings(server.baseUrl() + "/v1").promptVersion("v2").build();
        PromptSet prompt = PromptLibrary.fromDirectory(Path.of("../prompts")).load("propose-measures", "v2");
        return new LlmMeasureProposer(settings, ChatModelFactory.create(settings), prompt).propose(document, List.of(asked));
    }

    private String idOf(String text) {
        return idOf(text, chunk);
    }

    private static String idOf(String text, Chunk asked) {
        NumberedSentences numbered = NumberedSentences.of(asked.text());
        return numbered.sentences().stream().filter(s -> asked.text().substring(s.start(), s.end()).contains(text))
                .findFirst().orElseThrow().id();
    }

    private static String item(String kind, String... ids) {
        return "{\"kind\": \"" + kind + "\", \"sentences\": [\"" + String.join("\", \"", ids) + "\"], \"name\": \"n\", "
                + "\"responsible\": [], \"deadline\": null, \"parent_sentences\": []}";
    }

    @Test
    void quoteIsCutByCodeFromTheSentenceTheModelNames() throws Exception {
        ProposalBatch batch = propose("{\"items\": [" + item("measure", idOf(MEASURE)) + "]}");
        CandidateMeasure measure = batch.candidates().get(0);
        assertThat(measure.quote()).isEqualTo(MEASURE);
        assertThat(document.text().substring(measure.charStart(), measure.charEnd())).isEqualTo(MEASURE);
        assertThat(measure.provenance().proposer()).endsWith("/v2");
        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("[S1] ")));
    }

    @Test
    void aSentenceCarriesTheOriginTheLayoutGivesItsPlace() throws Exception {
        assertThat(propose("{\"items\": [" + item("measure", idOf(MEASURE)) + "]}").candidates())
                .singleElement().extracting(CandidateMeasure::origin).isEqualTo(Origin.LIST_ITEM);
        server.resetAll();
        Chunk goals = LlmFixtures.chunk(document, 1, "Mål", 3, 3);
        assertThat(propose("{\"items\": [" + item("goal", idOf(GOAL, goals)) + "]}", goals).candidates())
                .singleElement().extracting(CandidateMeasure::origin).isEqualTo(Origin.PROSE);
    }

    @Test
    void unknownSentenceIdIsAnItemErrorNamingDocumentAndPage() throws Exception {
        ProposalBatch batch = propose("{\"items\": [" + item("measure", "S99") + "]}");
        assertThat(batch.candidates()).isEmpty();
        assertThat(batch.warnings()).singleElement().asString().startsWith("strategi.pdf page 2: item dropped");
    }
}
