package no.tiltaksradar.document;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.GlyphBox;
import no.tiltaksradar.model.Page;

/**
 * A page's words with their boxes, made from the glyph boxes ingest kept for every character. The review screen lays
 * them over the page image as a text layer a reviewer can select; the selection's offsets then cut the quote from the
 * page text on the server, so a quote added by a reviewer is verbatim by construction. PDF.js would give a text layer
 * too, but from its own reading of the PDF, whose offsets need not match ours.
 */
public final class TextLayer {
    /** Glyphs whose tops differ by more than this are on different lines (points), as in the highlighter. */
    private static final float SAME_LINE = 2f;

    private TextLayer() {
    }

    /** One word: its offsets in the page text (end exclusive) and its box in PDF points, origin top-left. */
    public record Word(int start, int end, float x, float y, float width, float height) {
        /** The compact form kept and sent: [start, end, x, y, width, height]. */
        public List<Number> compact() {
            return List.of(start, end, round(x), round(y), round(width), round(height));
        }

        private static float round(float points) {
            return Math.round(points * 10f) / 10f;
        }
    }

    /** The page's words in reading order; running heads and feet (boilerplate) are left out, as highlights leave them. */
    public static List<Word> words(Page page) {
        List<Word> words = new ArrayList<>();
        String text = page.text();
        Builder word = null;
        for (GlyphBox glyph : page.glyphs()) {
            int index = glyph.charIndex();
            boolean blank = index < 0 || index >= text.length() || Character.isWhitespace(text.charAt(index))
                    || page.isBoilerplate(index) || glyph.width() <= 0;
            if (word != null && (blank || index != word.end || Math.abs(glyph.y() - word.top) > SAME_LINE)) {
                words.add(word.build());
                word = null;
            }
            if (blank) {
                continue;
            }
            if (word == null) {
                word = new Builder(glyph);
            } else {
                word.add(glyph);
            }
        }
        if (word != null) {
            words.add(word.build());
        }
        return words;
    }

    private static final class Builder {
        private final int start;
        private final float top;
        private int end;
        private float left;
        private float right;
        private float bottom;
        private float upper;

        Builder(GlyphBox glyph) {
            start = glyph.charIndex();
            top = glyph.y();
            upper = glyph.y();
            end = glyph.charIndex() + 1;
            left = glyph.x();
            right = glyph.x() + glyph.width();
            bottom = glyph.y() + glyph.height();
        }

        void add(GlyphBox glyph) {
            end = glyph.charIndex() + 1;
            left = Math.min(left, glyph.x());
            right = Math.max(right, glyph.x() + glyph.width());
            upper = Math.min(upper, glyph.y());
            bottom = Math.max(bottom, glyph.y() + glyph.height());
        }

        Word build() {
            return new Word(start, end, left, upper, right - left, bottom - upper);
        }
    }
}
