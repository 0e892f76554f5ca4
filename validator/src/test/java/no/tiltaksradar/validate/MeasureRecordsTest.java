package no.tiltaksradar.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import org.junit.jupiter.api.Test;

class MeasureRecordsTest {
    private final MeasureRecords records = new MeasureRecords();

    @Test
    void readsCandidateLinesIncludingGoldFormat() throws Exception {
        String lines = "{\"id\": \"ks-3\", \"kind\": \"measure\", \"quote\": \"Alle kommuner bør utarbeide en strategi.\", "
                + "\"responsible\": [\"Alle kommuner\"], \"deadline\": null, \"page\": 1, \"document\": \"ks.pdf\", \"extra\": 1}\n\n";
        List<CandidateMeasure> candidates = records.readCandidates(new StringReader(lines));
        assertThat(candidates).hasSize(1);
        assertThat(candidates.get(0).kind()).isEqualTo(MeasureKind.MEASURE);
        assertThat(candidates.get(0).fields().responsible()).containsExactly("Alle kommuner");
    }

    @Test
    void writesCandidateFieldsFlatWithValidationObjectAndCorrectedPage() throws Exception {
        var validator = CitationValidator.offline(List.of(Documents.of("ks.pdf", "Forord", "KS skal etablere en portal.")));
        CandidateMeasure candidate = Candidates.measure("ks.pdf", "KS skal etablere en portal.", 1);
        ValidatedMeasure measure = ValidatedMeasure.of(candidate, validator.validate(candidate));
        JsonNode json = new ObjectMapper().readTree(records.toJson(measure));
        assertThat(json.path("document").asText()).isEqualTo("ks.pdf");
        assertThat(json.path("kind").asText()).isEqualTo("measure");
        assertThat(json.path("page").asInt()).isEqualTo(2);
        assertThat(json.path("charStart").asInt()).isEqualTo(7);
        JsonNode validation = json.path("validation");
        assertThat(validation.path("status").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(validation.path("reviewReasons").get(0).asText()).startsWith("quote found on page 2");
        assertThat(validation.path("quote").path("status").asText()).isEqualTo("WRONG_PAGE");
        assertThat(validation.path("kind").path("decision").asText()).isEqualTo("MEASURE");
        assertThat(validation.path("kind").path("agreement").asText()).isEqualTo("SINGLE_JUDGE");
        assertThat(validation.path("kind").path("readings").get(0).path("judge").asText()).isEqualTo(RuleMeasureJudge.NAME);
        assertThat(validation.path("fields").path("unsupported").isArray()).isTrue();
        assertThat(validation.path("reasons").isArray()).isTrue();
        assertThat(json.has("candidate")).isFalse();
        assertThat(json.has("verdict")).isFalse();
    }

    @Test
    void readsResultsOfThisVersionAndOfTheFirstOne() throws Exception {
        var validator = CitationValidator.offline(List.of(Documents.of("ks.pdf", "KS skal etablere en portal.")));
        CandidateMeasure candidate = Candidates.measure("ks.pdf", "KS skal etablere en portal.", 1);
        String current = records.toJson(ValidatedMeasure.of(candidate, validator.validate(candidate)));
        String old = "{\"id\": \"a\", \"kind\": \"measure\", \"quote\": \"Målet er bedre tjenester.\", \"page\": 1, "
                + "\"document\": \"ks.pdf\", \"validation\": {\"status\": \"NOT_A_MEASURE\", \"score\": 1.0, "
                + "\"reasons\": [], \"unsupportedFields\": []}}";
        List<RecordedMeasure> read = records.readResults(new StringReader(current + "\n" + old + "\n"));
        assertThat(read.get(0).status()).isEqualTo(OverallStatus.VERIFIED);
        assertThat(read.get(0).quoteStatus()).isEqualTo(ValidationStatus.VERIFIED);
        assertThat(read.get(1).status()).isEqualTo(OverallStatus.NEEDS_REVIEW);
        assertThat(read.get(1).quoteStatus()).isEqualTo(ValidationStatus.NOT_A_MEASURE);
        assertThat(read.get(1).reviewReasons()).singleElement().asString().contains("NOT_A_MEASURE");
    }

    @Test
    void aFileWithCarelessLinesValidatesEveryLineAndSaysWhatIsWrongWithEach() throws Exception {
        var validator = CitationValidator.offline(List.of(Documents.of("ks.pdf", "KS skal etablere en portal.")));
        String good = "{\"id\": \"good\", \"document\": \"ks.pdf\", \"kind\": \"measure\", \"quote\": \"KS skal etablere en portal.\", "
                + "\"page\": 1}";
        String lines = good + "\n"
                + "{\"id\": \"page-zero\", \"document\": \"ks.pdf\", \"quote\": \"KS skal etablere en portal.\", \"page\": 0}\n"
                + "{\"id\": \"cut-off\", \"document\": \"ks.pdf\", \"quote\": \"KS skal\n"
                + "{\"id\": \"no-document\", \"quote\": \"KS skal etablere en portal.\", \"page\": 1, \"confidence\": 90}\n"
                + good.replace("good", "also-good") + "\n";
        List<ValidatedMeasure> validated = validator.validateRead(records.readInputs(new StringReader(lines)));
        assertThat(validated).extracting(m -> m.candidate().id())
                .containsExactly("good", "page-zero", "line-3", "no-document", "also-good");
        assertThat(validated).extracting(m -> m.verdict().overall()).containsExactly(OverallStatus.VERIFIED,
                OverallStatus.NEEDS_REVIEW, OverallStatus.NEEDS_REVIEW, OverallStatus.NEEDS_REVIEW, OverallStatus.VERIFIED);
        // the quote itself is found; with no page cited, where it stands is the validator's answer, as for any record without one
        assertThat(validated.get(1).verdict().reviewReasons()).containsExactly(
                "careless record: page: 0 is not a page (pages count from 1); read as unknown",
                "quote found on page 1, not on the cited page");
        assertThat(validated.get(1).verdict().status()).isEqualTo(ValidationStatus.WRONG_PAGE);
        assertThat(validated.get(2).verdict().reviewReasons().get(0)).startsWith("careless record: line 3: not JSON");
        assertThat(validated.get(3).verdict().reviewReasons()).contains(
                "careless record: document: none named; the quote cannot be checked against a document",
                "careless record: confidence: 90.0 is outside 0 to 1; read as 1.0");
        JsonNode written = new ObjectMapper().readTree(records.toJson(validated.get(1)));
        assertThat(written.path("page").asInt()).isEqualTo(1); // located by the validator, as any record whose quote is found
        assertThat(written.path("validation").path("reviewReasons").get(0).asText()).startsWith("careless record: page: 0");
    }
}
