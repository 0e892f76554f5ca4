package no.tiltaksradar.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateMeasureJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    /** The measure record of DESIGN.md, flat, in its order, as results files and the server's database hold it. */
    static final String FLAT = "{\"document\":\"a.pdf\",\"documentSha256\":\"" + "ab".repeat(32) + "\",\"id\":\"a-1\",\"kind\":\"goal\","
            + "\"name\":\"navn\",\"quote\":\"Sitat.\",\"page\":3,\"pageEnd\":4,\"pageLabel\":\"2\",\"charStart\":100,\"charEnd\":106,"
            + "\"section\":\"Mål\",\"responsible\":[\"KS\"],\"ministry\":null,\"collaborators\":[],\"deadline\":\"2026\","
            + "\"technology\":[\"KI\"],\"purpose\":[],\"parent\":\"a-0\",\"confidence\":0.7,\"proposer\":\"pattern/1\","
            + "\"origin\":\"table_row\"}";

    static CandidateMeasure full() {
        return CandidateMeasure.builder("a.pdf", MeasureKind.GOAL, "Sitat.").documentSha256("ab".repeat(32)).id("a-1").name("navn")
                .location(new CandidateMeasure.Location(3, 4, "2", 100, 106, "Mål"))
                .fields(new CandidateMeasure.RegisterFields(List.of("KS"), null, List.of(), "2026", List.of("KI"), List.of(), "a-0"))
                .proposer(0.7, "pattern/1", Origin.TABLE_ROW).build();
    }

    @Test
    void writesTheFlatMeasureRecordByteForByte() throws Exception {
        assertThat(json.writeValueAsString(full())).isEqualTo(FLAT);
    }

    @Test
    void readsTheFlatMeasureRecordBackUnchanged() throws Exception {
        assertThat(json.readValue(FLAT, CandidateMeasure.class)).isEqualTo(full());
    }

    @Test
    void missingPagesAndOffsetsAreUnknownNotZero() throws Exception {
        CandidateMeasure read = json.readValue("{\"document\":\"a.pdf\",\"kind\":\"measure\",\"quote\":\"Digdir skal lage en oversikt.\"}",
                CandidateMeasure.class);
        assertThat(read.page()).isEqualTo(CandidateMeasure.UNKNOWN);
        assertThat(read.charStart()).isEqualTo(CandidateMeasure.UNKNOWN);
        assertThat(read.charEnd()).isEqualTo(CandidateMeasure.UNKNOWN);
        assertThat(read.fields().responsible()).isEmpty();
    }

    @Test
    void theOriginIsWrittenInLowerCaseAndAMissingOneIsUnknown() throws Exception {
        assertThat(json.writeValueAsString(full())).contains("\"origin\":\"table_row\"");
        assertThat(json.readValue("{\"document\":\"a.pdf\",\"quote\":\"Sitat.\"}", CandidateMeasure.class).origin())
                .isEqualTo(Origin.UNKNOWN);
    }

    @Test
    void aCarelessRecordIsReadNotRefused() throws Exception {
        CandidateMeasure read = json.readValue("{\"document\":\"a.pdf\",\"kind\":\"tiltak\",\"quote\":\"Sitat.\",\"page\":0,"
                + "\"pageEnd\":-4,\"charStart\":50,\"charEnd\":10,\"confidence\":7}", CandidateMeasure.class);
        assertThat(read.page()).isEqualTo(CandidateMeasure.UNKNOWN);
        assertThat(read.location().pageEnd()).isEqualTo(CandidateMeasure.UNKNOWN);
        assertThat(read.charStart()).isEqualTo(CandidateMeasure.UNKNOWN);
        assertThat(read.kind()).isEqualTo(MeasureKind.MEASURE);
        assertThat(read.provenance().confidence()).isEqualTo(1.0);
    }
}
