package no.tiltaksradar.validate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.tiltaksradar.chunk.SectionChunker;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.Origin;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.ProposalBatch;
import no.tiltaksradar.propose.llm.LlmMeasureProposer;
import no.tiltaksradar.propose.llm.LlmSettings;
import no.tiltaksradar.testing.FixturePdf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prompt v3 end to end on a real PDF with a measure table over a page break: the model (WireMock)
 * names table rows by id, the quote is cut by code from the row's cell, and the validator, reading
 * the document on its own, finds every such quote verbatim on the page the candidate cites.
 */
class LlmTableRowsIT {
    private static final float[] COLUMNS = {FixturePdf.MARGIN, 300, 450};
    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private SourceDocument document() throws Exception {
        FixturePdf pdf = new FixturePdf().heading("2 Skjøtsel av friluftsområder")
                .line("Mange turområder har i dag ingen felles oversikt over stier og anlegg.").gap()
                .row(COLUMNS, true, List.of(List.of("Tiltak"), List.of("Ansvarlig"), List.of("Frist")))
                .row(COLUMNS, false, List.of(List.of("Kartlegge alle merkede stier i", "fylkets friluftsområder."),
                        List.of("Fylkeskommunen"), List.of("2026")))
                .row(COLUMNS, false, List.of(List.of("Lage en åpen tjeneste for", "melding om skader på bruer."),
                        List.of("Turistforeningen og", "kommunene"), List.of("1.9.2027")))
                .page()
                .row(COLUMNS, false, List.of(List.of("Vurdere felles skilting for", "tilrettelagte turveier."),
                        List.of("Friluftsrådene"), List.of("løpende")))
                .heading("3 Rapportering").line("Arbeidet omtales i den årlige meldingen.");
        return new PdfBoxIngester().ingest(pdf.save(dir, "friluft.pdf"));
    }

    /** The model answers {@code answer} about the chunk holding the table, and "no items" about any other. */
    private ProposalBatch propose(SourceDocument document, String answer) throws Exception {
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(1).withRequestBody(containing("[T1.1]"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(completion(answer))));
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(2)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(completion("{\"items\": []}"))));
        LlmSettings settings = LlmSettings.builder().baseUrl(server.baseUrl() + "/v1").model("gpt-test")
                .timeout(Duration.ofSeconds(10)).maxRetries(0).promptDir(Path.of("../prompts")).build();
        return LlmMeasureProposer.from(settings).propose(document, new SectionChunker().chunk(document));
    }

    private static String completion(String content) {
        return """
                {"id": "1", "object": "chat.completion", "created": 1, "model": "gpt-test",
                 "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": %s}}],
                 "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}
                """.formatted(new TextNode(content).toString());
    }

    private static String row(String id, List<String> responsible, String deadline) {
        return "{\"kind\": \"measure\", \"sentences\": [\"" + id + "\"], \"column\": \"Tiltak\", \"name\": \"n\", \"responsible\": [\""
                + String.join("\", \"", responsible) + "\"], \"deadline\": " + (deadline == null ? "null" : "\"" + deadline + "\"")
                + ", \"parent_sentences\": []}";
    }

    @Test
    void aTableRowNamedByItsIdIsQuotedFromItsCellAndVerifiedOnItsPage() throws Exception {
        SourceDocument document = document();
        ProposalBatch batch = propose(document, "{\"items\": [" + row("T1.2", List.of("Turistforeningen"), "2027-09-01") + ", "
                + row("T1.3", List.of("Friluftsrådene", "Miljødirektoratet"), "2026") + "]}");

        server.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("[T1.3] Tiltak: Vurdere felles skilting for tilrettelagte turveier. | Ansvarlig: Friluftsr")));
        assertThat(batch.warnings()).isEmpty();
        assertThat(batch.candidates()).extracting(CandidateMeasure::quote).containsExactly(
                "Lage en åpen tjeneste for\nmelding om skader på bruer.", "Vurdere felles skilting for\ntilrettelagte turveier.");
        assertThat(batch.candidates()).extracting(c -> c.provenance().proposer()).containsOnly("llm/gpt-test/v3");
        assertThat(batch.candidates()).extracting(CandidateMeasure::origin).as("named by row id").containsOnly(Origin.TABLE_ROW);

        CandidateMeasure onPageTwo = batch.candidates().get(1);
        assertThat(onPageTwo.page()).as("the third row is set on page 2").isEqualTo(2);
        assertThat(onPageTwo.fields().responsible()).as("only what the row's cells state").containsExactly("Friluftsrådene");
        assertThat(onPageTwo.fields().deadline()).as("the row says 'løpende', no year").isNull();
        assertThat(batch.candidates().get(0).fields().responsible()).containsExactly("Turistforeningen");
        assertThat(batch.candidates().get(0).fields().deadline()).isEqualTo("2027-09-01");

        CitationValidator validator = CitationValidator.offline(List.of(document));
        for (CandidateMeasure candidate : batch.candidates()) {
            Verdict verdict = validator.validate(candidate);
            assertThat(verdict.status()).as(candidate.quote() + " " + verdict.reasons()).isEqualTo(ValidationStatus.VERIFIED);
            assertThat(verdict.page()).isEqualTo(candidate.page());
            assertThat(document.text().substring(verdict.charStart(), verdict.charEnd())).isEqualTo(candidate.quote());
        }
    }

    @Test
    void aRowIdNamedWithASentenceIsAnItemErrorNotAGuess() throws Exception {
        SourceDocument document = document();
        ProposalBatch batch = propose(document, "{\"items\": [{\"kind\": \"measure\", \"sentences\": [\"S1\", \"T1.1\"], \"column\": null,"
                + " \"name\": \"n\", \"responsible\": [], \"deadline\": null, \"parent_sentences\": []}]}");
        assertThat(batch.candidates()).isEmpty();
        assertThat(batch.warnings()).singleElement().asString().startsWith("friluft.pdf pages 1-2: item dropped, ids [S1, T1.1]");
    }
}
