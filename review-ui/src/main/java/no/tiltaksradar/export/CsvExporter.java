package no.tiltaksradar.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark, which is what makes Excel read æøå as UTF-8. The first line is a
 * comment ({@code #}) saying what was exported and which filters chose the rows; then the header and one row per measure.
 */
@Component
public class CsvExporter implements Exporter {
    private static final char BOM = '\uFEFF';
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#').setRecordSeparator("\r\n").get();

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv;charset=UTF-8";
    }

    @Override
    public void write(Export export, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printComment(export.label("meta.title") + ": " + export.source() + " · " + export.label("meta.createdAt") + " "
                + export.createdAt() + " · " + export.label("meta.filters") + ": " + export.filterLine() + " · "
                + export.label("meta.rows") + ": " + export.rows().size());
        csv.printRecord(ExportColumn.ALL.stream().map(c -> export.label("column." + c.key())).toList());
        for (ExportRow row : export.rows()) {
            csv.printRecord(ExportColumn.ALL.stream().map(c -> defused(c.text(row))).toList());
        }
        csv.flush();
    }

    /**
     * A spreadsheet would run a cell that starts like a formula (OWASP's CSV injection); a leading apostrophe makes
     * it text. A dash followed by a space is a list item, not a formula, and stays as written.
     */
    static String defused(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
                || (first == '-' && cell.length() > 1 && !Character.isWhitespace(cell.charAt(1)));
        return formula ? "'" + cell : cell;
    }
}
