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
        assertThat(validation.path("kind").path("readings").get(0).path("judge").asText()).isEqualTo("rule/2");
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
}
