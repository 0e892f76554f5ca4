package no.tiltaksradar.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.ingest.PdfBoxIngester;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table set tight: the space between two cells is no wider than a generous word space. */
class TightTableTest {
    private static final float SIZE = 10;
    /** Space between the widest text of a column and the next column: less than the line reader's gap between parts. */
    private static final float TIGHT = 9;

    @Test
    void cellsThatTouchAreCutWhereTheHeaderPutsTheColumns(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("tight.pdf");
        write(pdf);
        List<Block> tables = new LayoutReader().read(new PdfBoxIngester().ingest(pdf)).stream()
                .filter(b -> b.kind() == Block.Kind.TABLE).toList();
        assertThat(tables).hasSize(1);
        Table table = tables.get(0).table();
        assertThat(table.header()).containsExactly("Tiltak", "Ansvarlig", "Ansvarlig departement", "Frist");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).cell(0).text()).isEqualTo("Lage en veileder for deling av kartdata");
        assertThat(table.rows().get(0).cell(1).text()).isEqualTo("Statens kartverkstyre");
        assertThat(table.rows().get(0).cell(2).text()).isEqualTo("Kommunal- og distriktsdepartementet");
        assertThat(table.rows().get(0).cell(3).text()).isEqualTo("2028");
        assertThat(table.rows().get(2).cell(0).text()).isEqualTo("Prøve ut felles innlogging for fritidsklubber");
        assertThat(table.rows().get(2).cell(2).text()).isEqualTo("Kultur- og likestillingsdepartementet");
    }

    /** Rows whose first cell runs over three lines, drawn first, then the other cells of the row on its first line. */
    private static void write(Path file) throws IOException {
        String[][] rows = {
            {"Lage en veileder for|deling av|kartdata", "Statens kartverkstyre", "Kommunal- og distriktsdepartementet", "2028"},
            {"Samle tilskudd til|bredbånd i én|ordning", "Nkom", "Digitaliseringsdepartementet", "2027"},
            {"Prøve ut felles|innlogging for|fritidsklubber", "Fylkeskommunene", "Kultur- og likestillingsdepartementet", "2029"}};
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            String[] header = {"Tiltak", "Ansvarlig", "Ansvarlig departement", "Frist"};
            float[] columns = new float[header.length];
            columns[0] = 60;
            for (int c = 1; c < header.length; c++) {
                float widest = width(bold, header[c - 1]);
                for (String[] row : rows) {
                    for (String line : row[c - 1].split("\\|")) {
                        widest = Math.max(widest, width(font, line));
                    }
                }
                columns[c] = columns[c - 1] + widest + TIGHT;
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, bold, 14, 60, 740, "4 Tiltak i planperioden");
                text(content, font, SIZE, 60, 715, "Tabellen viser tiltakene i planen med ansvar og frist.");
                for (int c = 0; c < header.length; c++) {
                    text(content, bold, SIZE, columns[c], 690, header[c]);
                }
                float y = 670;
                for (String[] row : rows) {
                    String[] firstCell = row[0].split("\\|");
                    for (int l = 0; l < firstCell.length; l++) {
                        text(content, font, SIZE, columns[0], y - l * 12, firstCell[l]);
                    }
                    for (int c = 1; c < row.length; c++) {
                        text(content, font, SIZE, columns[c], y, row[c]);
                    }
                    y -= firstCell.length * 12 + 10;
                }
                text(content, font, SIZE, 60, y - 20, "Tiltakene dekkes innenfor gjeldende budsjettrammer.");
            }
            document.save(file.toFile());
        }
    }

    private static float width(PDType1Font font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * SIZE;
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String line) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(line);
        content.endText();
    }
}
