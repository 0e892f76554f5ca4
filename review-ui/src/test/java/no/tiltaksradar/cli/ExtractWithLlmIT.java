package no.tiltaksradar.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole extract command with the LLM proposer and LLM judge talking to a WireMock server that speaks OpenAI's API. */
class ExtractWithLlmIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEASURE = "KS utarbeider planer for utvikling og innhold i et felles kommunalt rammeverk for digitalisering.";

    @TempDir
    Path data;
    private final WireMockServer openAi = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        openAi.start();
        // the chunk that holds the measure gets it back; every other chunk has none; the judge agrees it is a measure
        openAi.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(9).willReturn(completion("{\"items\":[]}")));
        openAi.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(5).withRequestBody(containing("KS utarbeider planer"))
                .willReturn(completion("{\"items\":[{\"kind\":\"measure\",\"quote\":\"" + MEASURE
                        + "\",\"name\":\"Rammeverk for digitalisering\",\"responsible\":[\"KS\"],\"deadline\":null,\"parent_quote\":null}]}")));
        openAi.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1).withRequestBody(containing("<quote>"))
                .willReturn(completion("{\"kind\":\"MEASURE\",\"reason\":\"KS commits to drafting plans\"}")));
    }

    @AfterEach
    void stop() {
        openAi.stop();
    }

    @Test
    void writesValidatedRecordsFromTheLlmProposer() throws Exception {
        Path out = data.resolve("results.jsonl");
        CommandLineRun run = CommandLineRun.run(data, "extract", CorpusFixtures.pdf("ks").toString(), "--out", out.toString(),
                "--proposer", "llm", "--tiltaksradar.llm.enabled=true", "--tiltaksradar.llm.base-url=" + openAi.baseUrl() + "/v1",
                "--tiltaksradar.llm.model=gpt-test", "--tiltaksradar.llm.api-key=test-key", "--tiltaksradar.llm.concurrency=2",
                "--tiltaksradar.llm.prompt-version=v1", // this stub answers in the v1 form; v1 stays selectable
                "--tiltaksradar.llm.price.input-per-1k=0.002", "--tiltaksradar.llm.price.output-per-1k=0.008");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        List<JsonNode> records = ExtractCommandTest.records(out);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("quote").asText()).isEqualTo(MEASURE);
            assertThat(record.get("proposer").asText()).isEqualTo("llm/gpt-test/v1");
            assertThat(record.get("page").asInt()).isEqualTo(5);
            assertThat(record.at("/validation/quote/status").asText()).isIn("VERIFIED", "VERIFIED_FUZZY");
            assertThat(record.at("/validation/reasons").toString()).contains("llm/gpt-test/measure-judge.v2");
        });
        assertThat(run.out()).contains("LLM proposer:", "LLM judge:", "LLM total:", "estimated cost USD");
        assertThat(run.out()).as("the document's line counts validated measures").contains("ks.pdf: 1 proposed (1 measures, 0 goals)",
                "1 verified measures, 0 verified goals, 0 need review");
        long[] proposer = usage(run.out(), "LLM proposer");
        long[] judge = usage(run.out(), "LLM judge");
        assertThat(judge[0]).as("the judge's calls are counted").isPositive();
        assertThat(usage(run.out(), "LLM total")).as("the total includes the judge's calls and tokens")
                .containsExactly(proposer[0] + judge[0], proposer[1] + judge[1], proposer[2] + judge[2]);
        openAi.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("Authorization", containing("test-key")));
    }

    @Test
    void validateAsksTheSameLlmJudgeAsExtract() throws Exception {
        Path in = data.resolve("candidates.jsonl");
        java.nio.file.Files.writeString(in, JSON.createObjectNode().put("document", "ks.pdf").put("id", "hand-1").put("kind", "measure")
                .put("name", "Rammeverk").put("quote", MEASURE).put("page", 5).toString() + "\n");
        Path out = data.resolve("validated.jsonl");
        CommandLineRun run = CommandLineRun.run(data, "validate", "--documents", CorpusFixtures.pdf("ks").toString(), "--in", in.toString(),
                "--out", out.toString(), "--tiltaksradar.llm.enabled=true", "--tiltaksradar.llm.base-url=" + openAi.baseUrl() + "/v1",
                "--tiltaksradar.llm.model=gpt-test", "--tiltaksradar.llm.api-key=test-key");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(ExtractCommandTest.records(out)).singleElement()
                .satisfies(record -> assertThat(record.get("validation").toString()).contains("llm/gpt-test/measure-judge"));
        openAi.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("<quote>")));
    }

    @Test
    void aChunkRefusedForGoodMarksTheDocumentPartialInTheSummaryAndTheExitCode() throws Exception {
        // the chunk with the measure is refused as too long; the others answer
        openAi.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(4).withRequestBody(containing("KS utarbeider planer"))
                .withRequestBody(containing("DOCUMENT_TEXT"))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"maximum context length exceeded\"}}")));
        Path out = data.resolve("partial.jsonl");
        CommandLineRun run = CommandLineRun.run(data, "extract", CorpusFixtures.pdf("ks").toString(), "--out", out.toString(),
                "--proposer", "llm", "--tiltaksradar.llm.enabled=true", "--tiltaksradar.llm.base-url=" + openAi.baseUrl() + "/v1",
                "--tiltaksradar.llm.model=gpt-test", "--tiltaksradar.llm.api-key=test-key", "--tiltaksradar.llm.max-retries=1");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("ks.pdf page").contains("partial, these pages were not read").contains("1 documents partial");
        assertThat(run.out()).as("no price set").contains("cost unknown (no price set)").doesNotContain("USD 0.0000");
    }

    @Test
    void runningAPartlyReadDocumentAgainAsksOnlyAboutItsFailedPages() throws Exception {
        var refused = openAi.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(4).withRequestBody(containing("KS utarbeider planer"))
                .withRequestBody(containing("DOCUMENT_TEXT"))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"maximum context length exceeded\"}}")));
        Path out = data.resolve("resumed.jsonl");
        String[] command = {"extract", CorpusFixtures.pdf("ks").toString(), "--out", out.toString(), "--proposer", "llm",
            "--tiltaksradar.llm.enabled=true", "--tiltaksradar.llm.base-url=" + openAi.baseUrl() + "/v1", "--tiltaksradar.llm.model=gpt-test",
            "--tiltaksradar.llm.api-key=test-key", "--tiltaksradar.llm.max-retries=1",
            "--tiltaksradar.llm.prompt-version=v1"}; // the stubs answer in the v1 form
        CommandLineRun first = CommandLineRun.run(data, command);
        int firstCalls = proposerCalls();
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(ExtractCommandTest.records(out)).as("a partly read document is not written").isEmpty();

        openAi.removeStub(refused); // the model takes the chunk now
        openAi.resetRequests();
        CommandLineRun second = CommandLineRun.run(data, command);
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        assertThat(proposerCalls()).as("only the chunk that failed is asked again, of " + firstCalls).isEqualTo(1);
        assertThat(ExtractCommandTest.records(out)).extracting(r -> r.get("quote").asText()).containsExactly(MEASURE);
    }

    /** Calls, input and output tokens of one usage line ("LLM judge: 3 calls, 30 input + 15 output tokens, ..."). */
    private static long[] usage(String out, String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(label + ": (\\d+) calls, (\\d+) input \\+ (\\d+) output tokens").matcher(out);
        assertThat(m.find()).as(label + " in " + out).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    private int proposerCalls() {
        return openAi.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("DOCUMENT_TEXT"))).size();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder completion(String content) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1700000000).put("model", "gpt-test");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 100).put("total_tokens", 1100);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(root.toString());
    }
}
