package no.tiltaksradar.candidate;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.GlyphBox;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;

/**
 * The rectangles that cover a quote on its page(s): one per line of text, from the glyph boxes
 * ingest kept for every character. Computed while the document is in hand, so the review screen
 * never has to read the PDF again to show where a quote stands.
 */
public final class Highlighter {
    /** Glyphs whose tops differ by less than this share a line (points). */
    private static final float SAME_LINE = 2f;

    private Highlighter() {
    }

    /** One rectangle in PDF points, origin top-left, on a 1-based physical page. */
    public record Box(int page, float x, float y, float width, float height) {
    }

    /** @param charStart document offset of the quote's first character; charEnd one past its last */
    public static List<Box> boxes(SourceDocument document, int charStart, int charEnd) {
        List<Box> boxes = new ArrayList<>();
        if (charStart < 0 || charEnd <= charStart) {
            return boxes;
        }
        for (Page page : document.pages()) {
            if (page.endOffset() <= charStart || page.offset() >= charEnd) {
                continue;
            }
            int from = Math.max(charStart, page.offset()) - page.offset();
            int to = Math.min(charEnd, page.endOffset()) - page.offset();
            boxes.addAll(lines(page, from, to));
        }
        return boxes;
    }

    private static List<Box> lines(Page page, int from, int to) {
        List<Box> lines = new ArrayList<>();
        float left = 0;
        float top = 0;
        float right = 0;
        float bottom = 0;
        boolean open = false;
        for (GlyphBox glyph : page.glyphs()) {
            if (glyph.charIndex() < from || glyph.charIndex() >= to || page.isBoilerplate(glyph.charIndex()) || glyph.width() <= 0) {
                continue;
            }
            if (open && Math.abs(glyph.y() - top) > SAME_LINE) {
                lines.add(new Box(page.number(), left, top, right - left, bottom - top));
                open = false;
            }
            if (!open) {
                left = glyph.x();
                top = glyph.y();
                right = glyph.x() + glyph.width();
                bottom = glyph.y() + glyph.height();
                open = true;
            } else {
                left = Math.min(left, glyph.x());
                right = Math.max(right, glyph.x() + glyph.width());
                bottom = Math.max(bottom, glyph.y() + glyph.height());
            }
        }
        if (open) {
            lines.add(new Box(page.number(), left, top, right - left, bottom - top));
        }
        return lines;
    }
}
