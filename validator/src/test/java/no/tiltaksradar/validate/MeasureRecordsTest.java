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
        assertThat(candidates.get(0).responsible()).containsExactly("Alle kommuner");
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
        assertThat(json.path("validation").path("status").asText()).isEqualTo("WRONG_PAGE");
        assertThat(json.path("validation").path("reasons").isArray()).isTrue();
        assertThat(json.has("candidate")).isFalse();
        assertThat(json.has("verdict")).isFalse();
    }
}
