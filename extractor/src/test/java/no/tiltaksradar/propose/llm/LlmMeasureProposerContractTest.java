package no.tiltaksradar.propose.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.MeasureProposer;
import no.tiltaksradar.propose.MeasureProposerContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The LLM proposer meets the same contract as the pattern proposer, against WireMock speaking OpenAI's API. */
class LlmMeasureProposerContractTest extends MeasureProposerContract {
    private static final String QUOTE = "Kartverket skal etablere en felles adresseløsning innen 1.3.2026.";
    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        server.start();
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(9).willReturn(answer(LlmFixtures.items())));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1).withRequestBody(containing("Kartverket skal"))
                .willReturn(answer(LlmFixtures.items(LlmFixtures.item("measure", QUOTE, null)))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected MeasureProposer proposerFor(SourceDocument document) {
        return LlmMeasureProposer.from(LlmFixtures.settings(server.baseUrl() + "/v1").build());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer(String content) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(LlmFixtures.openAiAnswer(content, "stop"));
    }
}
