package no.tiltaksradar.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CandidateMeasureJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void missingPagesAndOffsetsAreUnknownNotZero() throws Exception {
        CandidateMeasure read = json.readValue("{\"document\":\"a.pdf\",\"kind\":\"measure\",\"quote\":\"Digdir skal lage en oversikt.\"}",
                CandidateMeasure.class);
        assertThat(read.page()).isEqualTo(CandidateMeasure.UNKNOWN);
        assertThat(read.charStart()).isEqualTo(CandidateMeasure.UNKNOWN);
        assertThat(read.charEnd()).isEqualTo(CandidateMeasure.UNKNOWN);
        assertThat(read.responsible()).isEmpty();
    }

    @Test
    void writesAndReadsTheMeasureRecordUnchanged() throws Exception {
        CandidateMeasure original = new CandidateMeasure("a.pdf", "ab".repeat(32), "a-1", MeasureKind.GOAL, "navn", "Sitat.", 3, 4,
                "2", 100, 106, "Mål", java.util.List.of("KS"), null, java.util.List.of(), "2026", java.util.List.of("KI"),
                java.util.List.of(), null, 0.7, "pattern/1");
        String written = json.writeValueAsString(original);
        assertThat(written).contains("\"kind\":\"goal\"", "\"pageLabel\":\"2\"");
        assertThat(json.readValue(written, CandidateMeasure.class)).isEqualTo(original);
    }

    @Test
    void theOriginIsWrittenInLowerCaseAndAMissingOneIsUnknown() throws Exception {
        CandidateMeasure row = new CandidateMeasure("a.pdf", "ab".repeat(32), "a-2", MeasureKind.MEASURE, "navn", "Sitat.", 3, 3,
                null, 10, 16, "Tiltak", java.util.List.of(), null, java.util.List.of(), null, java.util.List.of(), java.util.List.of(),
                null, 0.9, "pattern/1", Origin.TABLE_ROW);
        String written = json.writeValueAsString(row);
        assertThat(written).contains("\"origin\":\"table_row\"");
        assertThat(json.readValue(written, CandidateMeasure.class)).isEqualTo(row);
        assertThat(json.readValue("{\"document\":\"a.pdf\",\"quote\":\"Sitat.\"}", CandidateMeasure.class).origin())
                .isEqualTo(Origin.UNKNOWN);
    }
}
