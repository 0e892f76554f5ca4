package no.tiltaksradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-made file of bad candidates: each fault is caught with its own status. */
class ValidateCommandTest {
    @TempDir
    Path data;

    private static String candidate(String id, String document, String kind, String quote, int page) {
        return String.format("{\"id\":\"%s\",\"document\":\"%s\",\"kind\":\"%s\",\"quote\":\"%s\",\"page\":%d,\"charStart\":-1,\"charEnd\":-1,"
                + "\"proposer\":\"hand\"}", id, document, kind, quote, page);
    }

    @Test
    void catchesWrongPagesChangedQuotesOtherDocumentsAndGoals() throws Exception {
        Path in = Files.write(data.resolve("candidates.jsonl"), List.of(
                candidate("good", "miljo.pdf", "measure", "Artsdatabanken skal etablere et styringssystem for informasjonssikkerhet tilpasset virksomhetens egenart etter ISO 27001-standarden.", 5),
                candidate("wrong-page", "miljo.pdf", "measure", "Artsdatabanken skal etablere et styringssystem for informasjonssikkerhet tilpasset virksomhetens egenart etter ISO 27001-standarden.", 9),
                candidate("changed-date", "miljo.pdf", "measure", "Et nettverk for IT-ledere for samarbeid og erfaringsutveksling skal etableres innen 1.9.2021.", 9),
                candidate("negated", "miljo.pdf", "measure", "Artsdatabanken skal ikke etablere et styringssystem for informasjonssikkerhet tilpasset virksomhetens egenart etter ISO 27001-standarden.", 5),
                candidate("other-document", "miljo.pdf", "measure", "KS utarbeider planer for utvikling og innhold i et felles kommunalt rammeverk for digitalisering.", 5),
                candidate("unknown-document", "borte.pdf", "measure", "Noe skal gjøres.", 1),
                candidate("a-goal", "miljo.pdf", "measure", "Miljøetatene skal ha et godt system for å ivareta kravene i personvernforordningen.", 5)));
        Path out = data.resolve("verdicts.jsonl");
        CommandLineRun run = CommandLineRun.run(data, "validate", "--documents", CorpusFixtures.pdf("miljo").toString(),
                CorpusFixtures.pdf("ks").toString(), "--in", in.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> status = ExtractCommandTest.records(out).stream()
                .collect(Collectors.toMap(r -> r.get("id").asText(), r -> r.at("/validation/quote/status").asText()));
        Map<String, String> overall = ExtractCommandTest.records(out).stream()
                .collect(Collectors.toMap(r -> r.get("id").asText(), r -> r.at("/validation/status").asText()));
        assertThat(status.get("good")).isIn("VERIFIED", "VERIFIED_FUZZY"); // the quote runs over a line break
        assertThat(status).containsEntry("wrong-page", "WRONG_PAGE")
                .containsEntry("changed-date", "NOT_FOUND").containsEntry("negated", "NOT_FOUND")
                .containsEntry("other-document", "NOT_FOUND").containsEntry("unknown-document", "NOT_FOUND")
                .containsEntry("a-goal", "VERIFIED");
        assertThat(overall).containsEntry("good", "VERIFIED").containsEntry("a-goal", "NEEDS_REVIEW")
                .containsEntry("wrong-page", "NEEDS_REVIEW").containsEntry("negated", "NEEDS_REVIEW");
        assertThat(ExtractCommandTest.records(out).stream().filter(r -> r.get("id").asText().equals("a-goal")).findFirst().orElseThrow()
                .at("/validation/kind/decision").asText()).isEqualTo("GOAL");
        JsonNode corrected = ExtractCommandTest.records(out).stream().filter(r -> r.get("id").asText().equals("wrong-page")).findFirst().orElseThrow();
        assertThat(corrected.get("page").asInt()).isEqualTo(5);
        assertThat(run.out()).contains("7 records validated against 2 documents").contains("overall: 1 verified, 6 need review");
    }

    @Test
    void aCarelessLineNeedsReviewWithItsReasonAndTheOtherLinesAreValidated() throws Exception {
        String quote = "Artsdatabanken skal etablere et styringssystem for informasjonssikkerhet tilpasset virksomhetens egenart etter ISO 27001-standarden.";
        Path in = Files.write(data.resolve("candidates.jsonl"), List.of(
                candidate("before", "miljo.pdf", "measure", quote, 5),
                "{\"id\":\"careless\",\"document\":\"miljo.pdf\",\"kind\":\"tiltak\",\"quote\":\"" + quote + "\",\"page\":5,"
                        + "\"pageEnd\":2,\"charStart\":900,\"charEnd\":10,\"confidence\":\"sure\"}",
                "not json at all",
                candidate("after", "miljo.pdf", "measure", quote, 5)));
        Path out = data.resolve("verdicts.jsonl");
        CommandLineRun run = CommandLineRun.run(data, "validate", "--documents", CorpusFixtures.pdf("miljo").toString(),
                "--in", in.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> records = ExtractCommandTest.records(out);
        assertThat(records).extracting(r -> r.get("id").asText()).containsExactly("before", "careless", "line-3", "after");
        assertThat(records).extracting(r -> r.at("/validation/status").asText())
                .containsExactly("VERIFIED", "NEEDS_REVIEW", "NEEDS_REVIEW", "VERIFIED");
        assertThat(records.get(1).at("/validation/reviewReasons").toString()).contains("kind: \\\"tiltak\\\" is neither measure nor goal",
                "pageEnd: 2 is before page 5", "charStart/charEnd: 900-10", "confidence: \\\"sure\\\" is not a number");
        assertThat(records.get(2).at("/validation/reviewReasons/0").asText()).startsWith("careless record: line 3: not JSON");
        assertThat(run.out()).contains("4 records validated against 1 documents");
    }
}
