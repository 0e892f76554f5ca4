package no.tiltaksradar.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExporterTest {

    @Test
    void theHeaderRowIsFrozenAndFilterable() throws IOException {
        try (XSSFWorkbook workbook = read()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AA3");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("label:column.name");
            assertThat(sheet.getRow(0).getCell(2).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void oneRowPerMeasureWithTextAsWrittenAndNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = read()) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(column("name")).getStringCellValue()).isEqualTo("Felles skyplattform for havnæringen");
            assertThat(first.getCell(column("technology")).getStringCellValue()).isEqualTo("sky; datadeling");
            assertThat(first.getCell(column("page")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(column("page")).getNumericCellValue()).isEqualTo(17.0);
            // a typed text cell is never a formula, so it stays exactly as written
            assertThat(sheet.getRow(2).getCell(column("name")).getStringCellValue()).isEqualTo("=Pilot for sensordata");
            assertThat(sheet.getRow(2).getCell(column("parentId")).getNumericCellValue()).isEqualTo(11.0);
        }
    }

    @Test
    void aSecondSheetSaysWhichFiltersProducedTheFile() throws IOException {
        try (XSSFWorkbook workbook = read()) {
            // a heading a spreadsheet forbids in a sheet name (':') is made safe, not refused
            assertThat(workbook.getSheetName(0)).isEqualTo("label sheet.measures");
            Sheet about = workbook.getSheetAt(1);
            StringBuilder text = new StringBuilder();
            about.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('|')));
            assertThat(text.toString()).contains("label:meta.title|register|", "q|skytjenester|",
                    "ministry|Fiskeri- og havdepartementet|", "label:meta.rows|2|");
        }
    }

    private static int column(String key) {
        return ExportColumn.ALL.stream().map(ExportColumn::key).toList().indexOf(key);
    }

    private static XSSFWorkbook read() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().write(ExportFixture.export(), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
