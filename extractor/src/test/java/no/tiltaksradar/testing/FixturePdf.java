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
 * wrapped lines, optionally two text columns per page, a cover page, running headers, printed page
 * numbers in the footer and ruling lines. Positions are in points from the top-left corner.
 */
public final class FixturePdf {
    public static final float MARGIN = 57f;
    private static final float BODY = 11f;
    private static final float HEADING = 16f;
    private static final float LEADING = 13.5f;
    private static final float PAGE_HEIGHT = 792f;

    private static final float PAGE_WIDTH = 612f;
    private static final float COLUMN_GAP = 24f;
    private static final float BOTTOM = 730f;
    private static final PDType1Font METRICS_REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font METRICS_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private record Text(float x, float y, float size, boolean bold, String text) {
    }

    /** A horizontal ruling line from x1 to x2 at height y. */
    private record Rule(int page, float x1, float x2, float y) {
    }

    private final List<List<Text>> pages = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private float y;
    /** left edge and width of the column text is set in; one column spans the type area */
    private float left = MARGIN;
    private float width = PAGE_WIDTH - 2 * MARGIN;
    private boolean twoColumns;

    public FixturePdf() {
        page();
    }

    /** Starts a new page. */
    public FixturePdf page() {
        pages.add(new ArrayList<>());
        y = 72;
        left = MARGIN;
        return this;
    }

    /** The 1-based physical number of the page being set. */
    public int pageNumber() {
        return pages.size();
    }

    /** From here on text is set in two columns; {@link #nextColumn()} moves to the right one. */
    public FixturePdf twoColumns() {
        twoColumns = true;
        width = (PAGE_WIDTH - 2 * MARGIN - COLUMN_GAP) / 2;
        left = MARGIN;
        return this;
    }

    /** Back to one column spanning the type area. */
    public FixturePdf oneColumn() {
        twoColumns = false;
        width = PAGE_WIDTH - 2 * MARGIN;
        left = MARGIN;
        return this;
    }

    /** The right column of the page, from the top of the type area (or from {@code top}). */
    public FixturePdf nextColumn(float top) {
        if (!twoColumns) {
            throw new IllegalStateException("one column only");
        }
        left = MARGIN + width + COLUMN_GAP;
        y = top;
        return this;
    }

    public FixturePdf nextColumn() {
        return nextColumn(72);
    }

    public float y() {
        return y;
    }

    public float left() {
        return left;
    }

    public float columnWidth() {
        return width;
    }

    /** A cover page: large title lines down the page and nothing else. */
    public FixturePdf cover(String... titleLines) {
        y = 260;
        for (String line : titleLines) {
            pages.get(pages.size() - 1).add(new Text(MARGIN, y, 24f, true, line));
            y += 30;
        }
        return this;
    }

    /** A printed page label in the footer, as typesetting puts it ("iii", "7"); the cursor stays. */
    public FixturePdf footer(String label) {
        pages.get(pages.size() - 1).add(new Text(PAGE_WIDTH / 2 - 6, 760, 9f, false, label));
        return this;
    }

    /** A running header at the top of the page; the cursor stays. */
    public FixturePdf runningHeader(String text) {
        pages.get(pages.size() - 1).add(new Text(MARGIN, 40, 9f, false, text));
        return this;
    }

    /** A ruling line across the given x range at the cursor, as ruled tables draw between rows. */
    public FixturePdf rule(float x1, float x2) {
        rules.add(new Rule(pages.size() - 1, x1, x2, y - LEADING + 2));
        return this;
    }

    /** Breaks {@code text} into lines no wider than {@code maxWidth} points at body size. */
    public static List<String> wrap(String text, float maxWidth, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && width(tried, bold) > maxWidth) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tried);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** The width in points of a line of regular body text. */
    public static float textWidth(String text) {
        return width(text, false);
    }

    private static float width(String text, boolean bold) {
        try {
            return (bold ? METRICS_BOLD : METRICS_REGULAR).getStringWidth(text) / 1000f * BODY;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph wrapped to the column from {@code indent} points in; refuses to run off the page. */
    public FixturePdf paragraph(float indent, boolean bold, String text) {
        for (String line : wrap(text, width - indent, bold)) {
            line(left + indent, bold, line);
        }
        return this;
    }

    /** A list item: the marker at the column edge, the text wrapped with a hanging indent. */
    public FixturePdf item(float indent, String marker, float hang, String text) {
        List<String> lines = wrap(text, width - indent - hang, false);
        put(left + indent, BODY, false, marker);
        for (String line : lines) {
            line(left + indent + hang, false, line);
        }
        return this;
    }

    /** A heading; several lines are one heading wrapped at line spacing. */
    public FixturePdf heading(String... lines) {
        y += 8;
        for (int i = 0; i < lines.length; i++) {
            put(left, HEADING, true, lines[i]);
            y += i + 1 < lines.length ? HEADING * 1.2f : HEADING * 1.6f;
        }
        return this;
    }

    /** A box caption or any bold line at body size. */
    public FixturePdf bold(String text) {
        return line(left, true, text);
    }

    public FixturePdf line(String text) {
        return line(left, false, text);
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
            for (int index = 0; index < pages.size(); index++) {
                List<Text> texts = pages.get(index);
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    for (Rule rule : rules) {
                        if (rule.page() == index) {
                            content.setLineWidth(0.5f);
                            content.moveTo(rule.x1(), PAGE_HEIGHT - rule.y());
                            content.lineTo(rule.x2(), PAGE_HEIGHT - rule.y());
                            content.stroke();
                        }
                    }
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
        if (y > BOTTOM) {
            throw new IllegalStateException("text runs off page " + pages.size() + ": " + text);
        }
        pages.get(pages.size() - 1).add(new Text(x, y, size, bold, text));
    }
}
