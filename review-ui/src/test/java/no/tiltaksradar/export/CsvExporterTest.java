package no.tiltaksradar.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExporterTest {
    private final CsvExporter exporter = new CsvExporter();

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() throws IOException {
        byte[] bytes = write();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void aCommentLineSaysWhichFiltersProducedTheFile() throws IOException {
        try (CSVParser csv = parse()) {
            assertThat(csv.getHeaderComment()).contains("register", "q=skytjenester", "ministry=Fiskeri- og havdepartementet",
                    "label:meta.rows: 2");
        }
    }

    @Test
    void oneRowPerMeasureUnderTheRegistersColumns() throws IOException {
        try (CSVParser csv = parse()) {
            assertThat(csv.getHeaderNames()).hasSize(ExportColumn.ALL.size()).startsWith("label:column.id", "label:column.kind",
                    "label:column.name");
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).hasSize(2);
            CSVRecord first = rows.get(0);
            assertThat(first.get("label:column.name")).isEqualTo("Felles skyplattform for havnæringen");
            assertThat(first.get("label:column.description")).isEqualTo("Plattformen skal \"samle\" data, kart og målinger");
            assertThat(first.get("label:column.deliverables")).isEqualTo("Plattform;\nbrukerveiledning");
            assertThat(first.get("label:column.responsibleAgency")).isEqualTo("Havforskningsinstituttet; Kystverket");
            assertThat(first.get("label:column.document")).isEqualTo("havstrategi-æøå.pdf");
            assertThat(first.get("label:column.page")).isEqualTo("17");
            assertThat(rows.get(1).get("label:column.parentId")).isEqualTo("11");
        }
    }

    @Test
    void aCellThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        try (CSVParser csv = parse()) {
            assertThat(csv.getRecords().get(1).get("label:column.name")).isEqualTo("'=Pilot for sensordata");
        }
        assertThat(CsvExporter.defused("- et punkt i en liste")).isEqualTo("- et punkt i en liste");
        assertThat(CsvExporter.defused("-1+2")).isEqualTo("'-1+2");
    }

    private byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ExportFixture.export(), out);
        return out.toByteArray();
    }

    private CSVParser parse() throws IOException {
        String text = new String(write(), StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo('\uFEFF');
        return CsvExporter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1)));
    }
}
