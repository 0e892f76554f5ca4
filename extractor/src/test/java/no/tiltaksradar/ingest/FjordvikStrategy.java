package no.tiltaksradar.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A made-up municipal strategy in our own words, and its PDF typeset the way strategy PDFs are. */
final class FjordvikStrategy {
    static final String TITLE = "Digitaliseringsstrategi for Fjordvik kommune 2026–2029";
    static final String[][] SECTIONS = {
        {"Innledning", "Fjordvik kommune har i flere år arbeidet for at innbyggerne skal møte enklere tjenester.",
            "Strategien viser hva kommunen skal gjøre de neste fire årene."},
        {"Tiltak", "Kommunen vil:"},
        {"Kunstig intelligens", "Kommunedirektøren skal utrede bruk av kunstig intelligens i saksbehandlingen innen 2027."},
    };
    static final List<String> ITEMS = List.of(
            "etablere en felles innbyggerportal for byggesaker innen 2027",
            "innføre digital postkasse for alle vedtak fra skolene",
            "utvikle et kurs i informasjonssikkerhet for alle ansatte");

    private static final float LEFT = 72;
    private static final float WIDTH = 450;

    private FjordvikStrategy() {
    }

    static Path pdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                float[] y = {780};
                write(content, bold, 20, LEFT, LEFT, TITLE, y);
                for (String[] section : SECTIONS) {
                    y[0] -= 10;
                    write(content, bold, 14, LEFT, LEFT, section[0], y);
                    for (int i = 1; i < section.length; i++) {
                        write(content, regular, 11, LEFT, LEFT, section[i], y);
                    }
                    if (section[0].equals("Tiltak")) {
                        for (String item : ITEMS) {
                            write(content, regular, 11, LEFT, LEFT + 14, "• " + item, y);
                        }
                    }
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    /** Wrapped at the text width; continuation lines hang at {@code indent}; a gap after the block. */
    private static void write(PDPageContentStream content, PDType1Font font, float size, float x, float indent, String text,
                              float[] y) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(tried) / 1000 * size > WIDTH && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        lines.add(line.toString());
        for (int i = 0; i < lines.size(); i++) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(i == 0 ? x : indent, y[0]);
            content.showText(lines.get(i));
            content.endText();
            y[0] -= size * 1.25f;
        }
        y[0] -= size * 0.8f;
    }
}
