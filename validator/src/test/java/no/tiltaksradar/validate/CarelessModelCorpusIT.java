package no.tiltaksradar.validate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.llm.LlmSettings;
import no.tiltaksradar.propose.llm.RetryingChatModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every gold record of the corpus submitted as a measure, judged by the rule judge and a careless
 * model that, in turn, calls everything a measure, fails with HTTP 500, answers in prose, and calls
 * everything a goal. A record may come out simply verified only when both judges read a measure;
 * every failure or disagreement needs review and says why.
 */
class CarelessModelCorpusIT {
    private static final String PATH = "/v1/chat/completions";
    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    @BeforeEach
    void start() {
        server.start();
        String[] states = {STARTED, "fail", "prose", "goal"};
        ResponseDefinitionBuilder[] answers = {answer("{\"kind\": \"measure\", \"reason\": \"it says skal\"}"),
                aResponse().withStatus(500), answer("Looks like a measure to me."), answer("{\"kind\": \"goal\", \"reason\": \"a state\"}")};
        for (int i = 0; i < states.length; i++) {
            server.stubFor(post(urlPathEqualTo(PATH)).inScenario("careless").whenScenarioStateIs(states[i])
                    .willReturn(answers[i]).willSetStateTo(states[(i + 1) % states.length]));
        }
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static ResponseDefinitionBuilder answer(String content) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"id": "1", "object": "chat.completion", "created": 1, "model": "careless",
                 "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": %s}}],
                 "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}
                """.formatted(new TextNode(content)));
    }

    @Test
    void noGoalPassesUnlessBothJudgesReadAMeasureAndEveryFailureNeedsReview() throws Exception {
        LlmSettings settings = LlmSettings.builder().baseUrl(server.baseUrl() + "/v1").apiKey("k").model("careless")
                .maxRetries(0).initialBackoff(Duration.ofMillis(1)).build(); // no retries: each call takes its turn
        LlmMeasureJudge llm = new LlmMeasureJudge(RetryingChatModel.from(settings), "llm/careless");
        List<SourceDocument> documents = new ArrayList<>();
        for (String name : CorpusPdfs.NAMES) {
            documents.add(new PdfBoxIngester().ingest(CorpusPdfs.corpus().resolve("pdf/" + name + ".pdf")));
        }
        CitationValidator validator = CitationValidator.withJudges(documents, new RuleMeasureJudge(), llm);
        int goalsVerified = 0;
        int goals = 0;
        for (String name : CorpusPdfs.NAMES) {
            for (CandidateMeasure record : CorpusPdfs.gold(name)) {
                Verdict verdict = validator.validate(record.withKind(MeasureKind.MEASURE));
                KindVerdict kind = verdict.kind();
                if (kind.agreement() != Agreement.AGREED) {
                    assertThat(verdict.overall()).as(record.id()).isEqualTo(OverallStatus.NEEDS_REVIEW);
                    assertThat(verdict.reviewReasons()).as(record.id()).anyMatch(r -> r.startsWith("kind "));
                }
                if (verdict.overall() == OverallStatus.VERIFIED) {
                    assertThat(kind.readings()).as(record.id()).allMatch(j -> j.kind() == JudgedKind.MEASURE && !j.failed());
                }
                if (record.kind() == MeasureKind.GOAL) {
                    goals++;
                    goalsVerified += verdict.overall() == OverallStatus.VERIFIED ? 1 : 0;
                }
            }
        }
        System.out.printf("careless model: %d of %d gold goals submitted as measures came out verified%n", goalsVerified, goals);
        // only where the rule judge misreads a goal (3 of 70) and the model's "measure" turn falls on it
        assertThat(goalsVerified).isLessThanOrEqualTo(3);
    }
}
