package no.tiltaksradar.propose.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static no.tiltaksradar.propose.llm.LlmFixtures.MEASURE;
import static no.tiltaksradar.propose.llm.LlmFixtures.item;
import static no.tiltaksradar.propose.llm.LlmFixtures.items;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.ProposalBatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same proposer over Ollama's and Azure OpenAI's own HTTP APIs, chosen by configuration. */
class LlmProvidersTest {
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

    private ProposalBatch propose(LlmSettings settings) throws Exception {
        return new LlmMeasureProposer(settings, ChatModelFactory.create(settings), LlmFixtures.prompt())
                .propose(document, oneChunk);
    }

    @Test
    void ollamaNativeChatApi() throws Exception {
        ObjectNode answer = new ObjectMapper().createObjectNode().put("model", "llama3.1").put("done", true)
                .put("done_reason", "stop").put("prompt_eval_count", 300).put("eval_count", 40);
        answer.putObject("message").put("role", "assistant").put("content", items(item("measure", MEASURE, null)));
        server.stubFor(post(urlEqualTo("/api/chat")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(answer.toString())));

        ProposalBatch batch = propose(LlmFixtures.settings(server.baseUrl()).provider(LlmProvider.OLLAMA)
                .model("llama3.1").build());

        assertThat(batch.candidates()).singleElement().satisfies(c -> {
            assertThat(c.page()).isEqualTo(2);
            assertThat(c.provenance().proposer()).isEqualTo("llm/llama3.1/v1");
        });
        assertThat(batch.usage().inputTokens()).isEqualTo(300);
        server.verify(postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(matchingJsonPath("$.format.required[0]", equalTo("items")))
                .withRequestBody(matchingJsonPath("$.options.temperature", equalTo("0.0"))));
    }

    @Test
    void azureOpenAiDeploymentApi() throws Exception {
        String path = "/openai/deployments/tiltak-gpt/chat/completions";
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(LlmFixtures.openAiAnswer(items(item("measure", MEASURE, null)), "stop"))));

        ProposalBatch batch = propose(LlmFixtures.settings(server.baseUrl()).provider(LlmProvider.AZURE_OPENAI)
                .deployment("tiltak-gpt").model("gpt-4.1").apiVersion("2024-06-01").build());

        assertThat(batch.candidates()).singleElement().satisfies(c -> assertThat(c.charStart()).isPositive());
        server.verify(postRequestedFor(urlPathEqualTo(path))
                .withQueryParam("api-version", equalTo("2024-06-01"))
                .withHeader("api-key", equalTo("test-key"))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema"))));
    }

    @Test
    void azureRateLimitHonoursRetryAfter() throws Exception {
        String path = "/openai/deployments/tiltak-gpt/chat/completions";
        server.stubFor(post(urlPathEqualTo(path)).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"429\",\"message\":\"Rate limit\"}}"))
                .willSetStateTo("ok"));
        server.stubFor(post(urlPathEqualTo(path)).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(LlmFixtures.openAiAnswer(items(item("measure", MEASURE, null)), "stop"))));

        long started = System.nanoTime();
        ProposalBatch batch = propose(LlmFixtures.settings(server.baseUrl()).provider(LlmProvider.AZURE_OPENAI)
                .deployment("tiltak-gpt").build());

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(1));
        assertThat(batch.candidates()).hasSize(1);
        server.verify(2, postRequestedFor(urlPathEqualTo(path)));
    }
}
