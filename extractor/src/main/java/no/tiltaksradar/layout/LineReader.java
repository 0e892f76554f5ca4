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
        List<LayoutLine> parts = new ArrayList<>();
        int partStart = -1;
        GlyphBox first = null;
        GlyphBox last = null;
        for (int i = line.start(); i < line.end(); i++) {
            GlyphBox glyph = i < glyphs.length ? glyphs[i] : null;
            if (glyph == null || Character.isWhitespace(page.text().charAt(i))) {
                continue;
            }
            if (last != null && glyph.x() - (last.x() + last.width()) > COLUMN_GAP * line.fontSize()) {
                parts.add(part(page, line, partStart, last.charIndex() + 1, first, last));
                partStart = -1;
            }
            if (partStart < 0) {
                partStart = i;
                first = glyph;
            }
            last = glyph;
        }
        float xEnd = last == null ? line.x() + line.fontSize() * 0.5f * (line.end() - line.start()) : last.x() + last.width();
        if (!parts.isEmpty()) {
            parts.add(part(page, line, partStart, last.charIndex() + 1, first, last));
        }
        return new LayoutLine(page.number(), page.offset() + line.start(), page.offset() + line.end(), line.text(page), line.x(), xEnd,
                line.y(), line.fontSize(), line.bold(), level, parts);
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
