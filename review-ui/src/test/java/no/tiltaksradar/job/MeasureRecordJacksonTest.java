package no.tiltaksradar.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.Origin;
import no.tiltaksradar.validate.MeasureRecords;
import no.tiltaksradar.validate.ValidatedMeasure;
import no.tiltaksradar.validate.ValidationStatus;
import no.tiltaksradar.validate.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measure record is written by Jackson 2 (the library modules) and may be written or read by the server's Jackson 3
 * (Spring Boot 4): both must give the same flat record, in the same order, and read it back unchanged.
 */
class MeasureRecordJacksonTest {
    private final com.fasterxml.jackson.databind.ObjectMapper jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
    private final JsonMapper jackson3 = JsonMapper.builder().build();

    private static CandidateMeasure candidate() {
        return CandidateMeasure.builder("a.pdf", MeasureKind.MEASURE, "Etaten skal lage en plan.").documentSha256("ab".repeat(32))
                .id("a-1").name("plan").location(new CandidateMeasure.Location(3, 4, "2", 100, 125, "Tiltak"))
                .fields(new CandidateMeasure.RegisterFields(List.of("Etaten"), null, List.of(), "2027", List.of("KI"), List.of(), null))
                .proposer(0.9, "pattern/1", Origin.LIST_ITEM).build();
    }

    @Test
    void bothJacksonsWriteTheSameFlatCandidate() throws Exception {
        String written = jackson2.writeValueAsString(candidate());
        assertThat(jackson3.writeValueAsString(candidate())).isEqualTo(written);
        assertThat(written).startsWith("{\"document\":\"a.pdf\",").contains("\"quote\":\"Etaten skal lage en plan.\",\"page\":3,")
                .contains("\"section\":\"Tiltak\",\"responsible\":[\"Etaten\"],").endsWith("\"origin\":\"list_item\"}")
                .doesNotContain("location", "fields", "provenance");
    }

    @Test
    void bothJacksonsReadTheFlatCandidateBack() throws Exception {
        String written = jackson2.writeValueAsString(candidate());
        assertThat(jackson3.readValue(written, CandidateMeasure.class)).isEqualTo(candidate());
        assertThat(jackson2.readValue(written, CandidateMeasure.class)).isEqualTo(candidate());
    }

    @Test
    void bothJacksonsWriteTheSameValidatedRecord() throws Exception {
        Verdict notFound = new Verdict(ValidationStatus.NOT_FOUND, 0, 0, 0, null, -1, -1, List.of("quote not in a.pdf"), List.of(),
                List.of(), null);
        ValidatedMeasure measure = ValidatedMeasure.of(candidate(), notFound);
        String written = new MeasureRecords().toJson(measure);
        assertThat(jackson3.writeValueAsString(measure)).isEqualTo(written);
        assertThat(written).startsWith(jackson2.writeValueAsString(candidate()).replaceFirst("}$", ",\"validation\":{"));
    }

    @Test
    void bothJacksonsReadACarelessCandidateWithoutRefusingIt() throws Exception {
        String careless = "{\"document\":\"a.pdf\",\"kind\":\"tiltak\",\"quote\":\"Sitat.\",\"page\":0,\"charStart\":9,\"charEnd\":2,"
                + "\"confidence\":42}";
        assertThat(jackson3.readValue(careless, CandidateMeasure.class)).isEqualTo(jackson2.readValue(careless, CandidateMeasure.class));
        assertThat(jackson3.readValue(careless, CandidateMeasure.class).page()).isEqualTo(CandidateMeasure.UNKNOWN);
    }
}
