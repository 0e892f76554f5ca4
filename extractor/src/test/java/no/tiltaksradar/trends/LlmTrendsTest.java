package no.tiltaksradar.trends;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.tiltaksradar.index.LuceneChunkIndex;
import no.tiltaksradar.propose.llm.LlmSettings;
import no.tiltaksradar.propose.llm.PromptLibrary;
import no.tiltaksradar.propose.llm.RetryingChatModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM path against WireMock speaking the OpenAI chat API: the model's narrative and answers carry the faults the issue
 * lists (a measure that does not exist, a quote that does not support the sentence, a wrong number, a passage of a
 * document outside the chosen set); the checker must catch each, keep the sound sentence, and hear the LLM judge.
 */
class LlmTrendsTest {
    private static final String PATH = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PromptLibrary PROMPTS = PromptLibrary.fromDirectory(Path.of("../prompts"));
    private WireMockServer server;
    private LuceneChunkIndex index;
    private RetryingChatModel model;

    @BeforeEach
    void start() throws Exception {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        index = TrendFixtures.index();
        model = RetryingChatModel.from(LlmSettings.builder().baseUrl(server.baseUrl() + "/v1").apiKey("test-key").model("gpt-test")
                .timeout(Duration.ofSeconds(5)).initialBackoff(Duration.ofMillis(20)).maxRetries(2).build());
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        index.close();
    }

    /** Answers requests whose body contains {@code marker} with {@code content} as the assistant's message. */
    private void answer(String marker, String content) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1700000000)
                .put("model", "gpt-test");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 10).put("total_tokens", 110);
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing(marker))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(root.toString())));
    }

    private static String sentence(String text, List<String> measures, List<String> figures, String quotes) {
        return "{\"text\":" + JSON.valueToTree(text) + ",\"measures\":" + JSON.valueToTree(measures) + ",\"figures\":"
                + JSON.valueToTree(figures) + (quotes == null ? "" : ",\"quotes\":" + quotes) + "}";
    }

    private TrendReport narrate(boolean judgeSays) throws Exception {
        answer("write a short narrative", "{\"sentences\":[" + String.join(",",
                sentence("2 tiltak gjelder KI.", List.of("b-1", "b-2"), List.of("technology:KI"), null),
                sentence("Helsedirektoratet skal ta i bruk kunstig intelligens.", List.of("b-99"), List.of(), null),
                sentence("Kystverket skal utvikle droner for oljevern.", List.of("b-1"), List.of(), null),
                sentence("4 tiltak gjelder KI.", List.of("b-1", "b-2"), List.of("technology:KI"), null),
                sentence("Kunstig intelligens skal brukes i skolen.", List.of(), List.of(),
                        "[{\"document\":\"annen-plan.pdf\",\"page\":1,\"quote\":\"Kunstig intelligens skal brukes i skolen.\"}]"))
                + "]}");
        answer("check whether quoted source text supports", "{\"supported\":" + judgeSays + ",\"reason\":\"the quotes name KI\"}");
        TrendReporter reporter = new TrendReporter(ThemeCatalog.defaults(), new IndexPassageSearch(index),
                new LlmNarrator(model, PROMPTS.load("trends-narrative", "v1"), "llm/gpt-test/trends-narrative.v1", ThemeCatalog.defaults()),
                new LlmSupportJudge(model, PROMPTS.load("trends-judge", "v1"), "llm/gpt-test/trends-judge.v1"));
        return reporter.report(TrendFixtures.data());
    }

    private static Map<String, List<String>> reasons(List<CheckedClaim> checked) {
        return checked.stream().collect(Collectors.toMap(c -> c.claim().text(), CheckedClaim::reasons));
    }

    @Test
    void eachFaultOfTheModelsNarrativeIsCaughtAndTheSoundSentenceKept() throws Exception {
        TrendReport report = narrate(true);
        Map<String, List<String>> reasons = reasons(report.checked());
        assertThat(report.narrative().writer()).isEqualTo("llm/gpt-test/trends-narrative.v1");
        assertThat(reasons.get("2 tiltak gjelder KI.")).isEmpty();
        assertThat(reasons.get("Helsedirektoratet skal ta i bruk kunstig intelligens.")).contains("cites measure b-99, which does not exist");
        assertThat(reasons.get("Kystverket skal utvikle droner for oljevern.")).singleElement().asString()
                .startsWith("the cited text does not hold its key terms");
        assertThat(reasons.get("4 tiltak gjelder KI.")).containsExactly("states 4, but the computed figures are technology:KI = 2");
        assertThat(reasons.get("Kunstig intelligens skal brukes i skolen."))
                .containsExactly("cites a passage of annen-plan.pdf, a document outside the chosen set");
        assertThat(report.summary()).isEqualTo(new CheckSummary(5, 1, 4));
        // the prompt carried the computed figures and the document text only inside its data delimiters
        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("technology:KI = 2"))
                .withRequestBody(containing("<<<DOCUMENT_TEXT")));
    }

    @Test
    void theLlmJudgesNoMarksASentenceTheRulesWouldKeep() throws Exception {
        Map<String, List<String>> reasons = reasons(narrate(false).checked());
        assertThat(reasons.get("2 tiltak gjelder KI.")).containsExactly("llm/gpt-test/trends-judge.v1 judges it unsupported: the quotes name KI");
    }

    @Test
    void anAnswerCitingAPassageNeverHandedOutOrADocumentOutsideTheSetIsCaught() throws Exception {
        answer("You answer a question", "{\"sentences\":["
                + "{\"text\":" + JSON.valueToTree(TrendFixtures.B1) + ",\"passages\":[\"P1\"]},"
                + "{\"text\":\"Helsedirektoratet skal bruke KI i 40 sykehus.\",\"passages\":[\"P1\"]},"
                + "{\"text\":\"Skolene skal bruke KI.\",\"passages\":[\"P99\"]},"
                + "{\"text\":\"Fiskeridirektoratet skal etablere en felles løsning.\",\"quotes\":[{\"document\":\"plan-a.pdf\",\"page\":2,"
                + "\"quote\":" + JSON.valueToTree(TrendFixtures.A1) + "}]}]}");
        TrendData chosen = new TrendData(List.of(TrendFixtures.documents().get(1)), List.of()); // plan-b only
        Answer answer = new QuestionAnswerer(new IndexPassageSearch(index), new LlmAnswerWriter(model, PROMPTS.load("trends-ask", "v1")),
                "llm/gpt-test", SupportJudge.NONE).answer("Skal kunstig intelligens brukes til tolkning av røntgenbilder?", chosen);
        Map<String, List<String>> reasons = reasons(answer.sentences());
        assertThat(answer.retrieved().get(0).text()).isEqualTo(TrendFixtures.B1);
        assertThat(reasons.get(TrendFixtures.B1)).isEmpty();
        assertThat(reasons.get("Helsedirektoratet skal bruke KI i 40 sykehus.")).contains("states 40, which no cited text states");
        assertThat(reasons.get("Skolene skal bruke KI.")).contains("cites passage P99, which names no measure or passage given");
        assertThat(reasons.get("Fiskeridirektoratet skal etablere en felles løsning."))
                .containsExactly("cites a passage of plan-a.pdf, a document outside the chosen set");
        assertThat(answer.summary()).isEqualTo(new CheckSummary(4, 1, 3));
    }
}
