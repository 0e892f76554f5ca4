package no.tiltaksradar.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * An Excel workbook: one sheet with a frozen, filterable header row and one row per measure in the register's
 * columns, and a second sheet saying what was exported, when, and with which filters.
 */
@Component
public class XlsxExporter implements Exporter {
    /** Widths in characters; the long text columns are wide, the rest fit their usual content. */
    private static final Map<String, Integer> WIDTHS = Map.of("id", 8, "name", 50, "description", 50, "quote", 80, "benefits", 40,
            "deliverables", 40, "page", 7, "year", 7, "kind", 10, "parentId", 10);
    private static final List<String> NUMBERS = List.of("id", "parentId", "year", "page");

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public void write(Export export, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            measures(workbook, export);
            about(workbook, export);
            workbook.write(out);
        }
        out.flush();
    }

    private static void measures(XSSFWorkbook workbook, Export export) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(export.label("sheet.measures")));
        CellStyle bold = headerStyle(workbook);
        Row header = sheet.createRow(0);
        for (int c = 0; c < ExportColumn.ALL.size(); c++) {
            ExportColumn column = ExportColumn.ALL.get(c);
            header.createCell(c).setCellValue(export.label("column." + column.key()));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, 256 * WIDTHS.getOrDefault(column.key(), 20));
        }
        for (int r = 0; r < export.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < ExportColumn.ALL.size(); c++) {
                cell(row, c, ExportColumn.ALL.get(c), export.rows().get(r));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, export.rows().size()), 0, ExportColumn.ALL.size() - 1));
    }

    private static void cell(Row row, int index, ExportColumn column, ExportRow measure) {
        Object value = column.value().apply(measure);
        if (value instanceof Number number && NUMBERS.contains(column.key())) {
            row.createCell(index).setCellValue(number.doubleValue());
        } else {
            String text = column.text(measure);
            if (!text.isEmpty()) {
                row.createCell(index).setCellValue(text);
            }
        }
    }

    private static void about(XSSFWorkbook workbook, Export export) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(export.label("sheet.about")));
        sheet.setColumnWidth(0, 256 * 24);
        sheet.setColumnWidth(1, 256 * 80);
        int r = 0;
        r = pair(sheet, r, export.label("meta.title"), export.source());
        r = pair(sheet, r, export.label("meta.createdAt"), export.createdAt().toString());
        r = pair(sheet, r, export.label("meta.rows"), String.valueOf(export.rows().size()));
        r = pair(sheet, r, export.label("meta.filters"), export.filters().isEmpty() ? export.label("meta.noFilters") : "");
        for (Map.Entry<String, String> filter : export.filters().entrySet()) {
            r = pair(sheet, r, filter.getKey(), filter.getValue());
        }
        sheet.getRow(0).getCell(0).setCellStyle(headerStyle(workbook));
    }

    private static int pair(Sheet sheet, int r, String key, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
