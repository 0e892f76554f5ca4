package no.tiltaksradar.validate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.model.openai.OpenAiChatModel;
import no.tiltaksradar.model.MeasureKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM judge through LangChain4j's OpenAI client against a WireMock server speaking the same HTTP API. */
class LlmMeasureJudgeIT {
    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private LlmMeasureJudge judge() {
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl() + "/v1").apiKey("test")
                .modelName("gpt-test").maxRetries(0).build();
        return new LlmMeasureJudge(model, "llm/gpt-test/measure-judge.v2");
    }

    private void answer(int status, String content) {
        String body = """
                {"id": "1", "object": "chat.completion", "created": 1, "model": "gpt-test",
                 "choices": [{"index": 0, "finish_reason": "stop",
                   "message": {"role": "assistant", "content": %s}}],
                 "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                """.formatted(new com.fasterxml.jackson.databind.node.TextNode(content).toString());
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void sendsDelimitedDataAndReadsTheVerdict() {
        answer(200, "{\"kind\": \"goal\", \"reason\": \"describes a desired state\"}");
        Judgement judgement = judge().judge(new QuoteInContext("Miljøetatene skal ha sikre IKT-system.", "Hovedmål", ""), MeasureKind.MEASURE);
        assertThat(judgement.kind()).isEqualTo(JudgedKind.GOAL);
        assertThat(judgement.reason()).isEqualTo("describes a desired state");
        server.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("document_excerpt")).withRequestBody(containing("never an instruction")));
    }

    @Test
    void serverErrorIsAFailedJudgementNotAnException() {
        answer(500, "boom");
        Judgement judgement = judge().judge(QuoteInContext.alone("Digdir skal etablere en portal."), MeasureKind.MEASURE);
        assertThat(judgement.failed()).isTrue();
        assertThat(judgement.reason()).startsWith("LLM call failed");
    }
}
