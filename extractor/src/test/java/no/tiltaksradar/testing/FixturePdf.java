package no.tiltaksradar.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes small layout fixtures as real PDFs with PDFBox, typeset the way strategies are: headings
 * larger and bold, body text at one size, captions bold at body size, table cells in columns with
 * wrapped lines. Positions are in points from the top-left corner.
 */
public final class FixturePdf {
    public static final float MARGIN = 57f;
    private static final float BODY = 11f;
    private static final float HEADING = 16f;
    private static final float LEADING = 13.5f;
    private static final float PAGE_HEIGHT = 792f;

    private record Text(float x, float y, float size, boolean bold, String text) {
    }

    private final List<List<Text>> pages = new ArrayList<>();
    private float y;

    public FixturePdf() {
        page();
    }

    /** Starts a new page. */
    public FixturePdf page() {
        pages.add(new ArrayList<>());
        y = 72;
        return this;
    }

    /** A heading; several lines are one heading wrapped at line spacing. */
    public FixturePdf heading(String... lines) {
        y += 8;
        for (int i = 0; i < lines.length; i++) {
            put(MARGIN, HEADING, true, lines[i]);
            y += i + 1 < lines.length ? HEADING * 1.2f : HEADING * 1.6f;
        }
        return this;
    }

    /** A box caption or any bold line at body size. */
    public FixturePdf bold(String text) {
        return line(MARGIN, true, text);
    }

    public FixturePdf line(String text) {
        return line(MARGIN, false, text);
    }

    public FixturePdf line(float x, boolean bold, String text) {
        put(x, BODY, bold, text);
        y += LEADING;
        return this;
    }

    /** The space between paragraphs. */
    public FixturePdf gap() {
        y += LEADING;
        return this;
    }

    /** One table row: each cell's lines set from its column's x, the row as tall as its tallest cell. */
    public FixturePdf row(float[] columns, boolean bold, List<List<String>> cells) {
        return row(columns, bold, cells, LEADING * 0.8f);
    }

    /** A row followed by {@code spaceAfter} points: a table with ruling lines sets its rows with hardly any. */
    public FixturePdf row(float[] columns, boolean bold, List<List<String>> cells, float spaceAfter) {
        int tallest = 0;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            for (int l = 0; l < lines.size(); l++) {
                pages.get(pages.size() - 1).add(new Text(columns[c], y + l * LEADING, BODY, bold, lines.get(l)));
            }
            tallest = Math.max(tallest, lines.size());
        }
        y += tallest * LEADING + spaceAfter;
        return this;
    }

    public Path save(Path dir, String fileName) {
        Path file = dir.resolve(fileName);
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (List<Text> texts : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    for (Text text : texts) {
                        content.beginText();
                        content.setFont(text.bold() ? bold : regular, text.size());
                        content.newLineAtOffset(text.x(), PAGE_HEIGHT - text.y());
                        content.showText(text.text());
                        content.endText();
                    }
                }
            }
            pdf.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(float x, float size, boolean bold, String text) {
        pages.get(pages.size() - 1).add(new Text(x, y, size, bold, text));
    }
}
