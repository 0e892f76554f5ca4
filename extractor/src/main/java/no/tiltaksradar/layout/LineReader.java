package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.GlyphBox;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.model.TextLine;

/**
 * A document's body lines and headings in reading order, without running headers and footers.
 * A line whose glyphs leave a gap wider than {@link #COLUMN_GAP} font sizes is cut into parts there:
 * PDF text extraction puts cells that share a baseline on one line ("Etatene   1.6.2021").
 * Pages without layout (DOCX, HTML) get one synthetic line per paragraph.
 */
final class LineReader {
    /** wider than any justified word space, narrower than the padding between table columns */
    private static final float COLUMN_GAP = 1.5f;
    private static final int MAX_PLAIN_HEADING = 80;
    /**
     * A number at the line start set apart from its text by more than this many font sizes (two
     * word spaces and more) is a list number, however the text extraction spaced it ("1  Etablere");
     * a footnote's or a sentence's number is set at word spacing.
     */
    private static final float NUMBER_GAP = 0.6f;
    private static final String BARE_NUMBER = "\\d{1,2}(?:\\.\\d{1,2})*\\.?";

    List<LayoutLine> read(SourceDocument document) {
        HeadingDetector headings = new HeadingDetector(document);
        List<LayoutLine> lines = new ArrayList<>();
        for (Page page : document.pages()) {
            if (page.lines().isEmpty()) {
                plainLines(page, lines);
                continue;
            }
            GlyphBox[] glyphs = glyphsByChar(page);
            for (TextLine line : page.lines()) {
                if (!page.isBoilerplate(line.start()) && !line.text(page).isBlank()) {
                    lines.add(read(page, line, glyphs, headings.levelOf(page, line)));
                }
            }
        }
        return lines;
    }

    private static LayoutLine read(Page page, TextLine line, GlyphBox[] glyphs, int level) {
        List<LayoutLine> parts = cut(page, line, glyphs);
        GlyphBox last = null;
        for (int i = line.start(); i < line.end() && i < glyphs.length; i++) {
            last = glyphs[i] != null && !Character.isWhitespace(page.text().charAt(i)) ? glyphs[i] : last;
        }
        float xEnd = last == null ? line.x() + line.fontSize() * 0.5f * (line.end() - line.start()) : last.x() + last.width();
        return new LayoutLine(page.number(), page.offset() + line.start(), page.offset() + line.end(), line.text(page), line.x(), xEnd,
                line.y(), line.fontSize(), line.bold(), level, parts);
    }

    /**
     * The line's pieces between column gaps, and a list number set apart from its text; empty when
     * there is neither. A tightly set table's narrower gaps between cells are cut later, against
     * the table's known columns (see ColumnSplit).
     */
    private static List<LayoutLine> cut(Page page, TextLine line, GlyphBox[] glyphs) {
        List<LayoutLine> parts = new ArrayList<>();
        int partStart = -1;
        GlyphBox first = null;
        GlyphBox last = null;
        for (int i = line.start(); i < line.end(); i++) {
            GlyphBox glyph = i < glyphs.length ? glyphs[i] : null;
            if (glyph == null || Character.isWhitespace(page.text().charAt(i))) {
                continue;
            }
            float gap = last == null ? 0 : glyph.x() - (last.x() + last.width());
            boolean numberSetApart = parts.isEmpty() && partStart == line.start() && gap > NUMBER_GAP * line.fontSize()
                    && page.text().substring(partStart, last.charIndex() + 1).matches(BARE_NUMBER);
            if (last != null && (gap > COLUMN_GAP * line.fontSize() || numberSetApart)) {
                parts.add(part(page, line, partStart, last.charIndex() + 1, first, last));
                partStart = -1;
            }
            if (partStart < 0) {
                partStart = i;
                first = glyph;
            }
            last = glyph;
        }
        if (!parts.isEmpty()) {
            parts.add(part(page, line, partStart, last.charIndex() + 1, first, last));
        }
        return parts;
    }

    private static LayoutLine part(Page page, TextLine line, int start, int end, GlyphBox first, GlyphBox last) {
        return new LayoutLine(page.number(), page.offset() + start, page.offset() + end, page.text().substring(start, end), first.x(),
                last.x() + last.width(), line.y(), line.fontSize(), line.bold(), 0, List.of());
    }

    static GlyphBox[] glyphsByChar(Page page) {
        GlyphBox[] byChar = new GlyphBox[page.text().length()];
        for (GlyphBox glyph : page.glyphs()) {
            if (glyph.charIndex() < byChar.length) {
                byChar[glyph.charIndex()] = glyph;
            }
        }
        return byChar;
    }

    /** Without layout every paragraph is one line; a blank line is a paragraph gap, marked by a jump in y. */
    private static void plainLines(Page page, List<LayoutLine> lines) {
        int at = 0;
        float y = 0;
        String[] texts = page.text().split("\n", -1);
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            y += text.isBlank() ? 40 : 12;
            if (!text.isBlank()) {
                String stripped = text.strip();
                boolean startsParagraph = i == 0 || texts[i - 1].isBlank();
                boolean heading = startsParagraph && stripped.length() <= MAX_PLAIN_HEADING && !stripped.matches(".*[.,;:!?]$")
                        && Character.isUpperCase(stripped.codePointAt(0));
                lines.add(new LayoutLine(page.number(), page.offset() + at, page.offset() + at + text.length(), text, 0,
                        6f * text.length(), y, 12, false, heading ? 1 : 0, List.of()));
            }
            at += text.length() + 1;
        }
    }
}
