package no.tiltaksradar.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.model.GlyphBox;
import no.tiltaksradar.model.TextLine;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Assembles one page's text from words and line ends, undoing line-break hyphenation and
 * expanding ligatures as it goes, while keeping a glyph box for every character that came from
 * the page. Written by hand because PDFBox's own text output loses the character-to-glyph link.
 */
final class PageTextBuilder {
    private static final java.util.Set<String> SUSPENDED_COMPOUND_CONJUNCTIONS = java.util.Set.of("og", "eller", "samt", "og/eller", "enn");
    private StringBuilder text = new StringBuilder();
    private List<TextLine> lines = new ArrayList<>();
    private List<GlyphBox> glyphs = new ArrayList<>();
    private final List<TextPosition> linePositions = new ArrayList<>();
    private int lineStart = -1;
    private boolean pendingBreak;
    /** Boldness per font object: asked for every glyph, it read the font's name and descriptor each time. */
    private final Map<PDFont, Boolean> boldFonts = new java.util.IdentityHashMap<>();

    void reset() {
        boldFonts.clear();
        text = new StringBuilder();
        lines = new ArrayList<>();
        glyphs = new ArrayList<>();
        linePositions.clear();
        lineStart = -1;
        pendingBreak = false;
    }

    void appendWord(String word, List<TextPosition> positions) {
        // superscript footnote numbers would glue to the word ("kraft1"); they are not part of the text's words
        FootnoteMarkers.Word clean = FootnoteMarkers.strip(word, positions);
        positions = clean.positions();
        String expanded = expandLigatures(clean.text());
        if (expanded.isEmpty()) {
            return;
        }
        if (lineStart < 0) {
            startLine(expanded);
        }
        int start = text.length();
        text.append(expanded);
        addGlyphs(start, expanded.length(), positions);
        linePositions.addAll(positions);
    }

    void appendSpace() {
        if (lineStart >= 0 && text.length() > lineStart && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    void endLine() {
        if (lineStart < 0) {
            return;
        }
        int end = text.length();
        while (end > lineStart && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        if (end > lineStart && !linePositions.isEmpty()) {
            lines.add(lineOf(lineStart, end));
        }
        linePositions.clear();
        lineStart = -1;
        pendingBreak = end > 0;
    }

    String text() {
        return text.toString();
    }

    List<TextLine> lines() {
        return List.copyOf(lines);
    }

    List<GlyphBox> glyphs() {
        return List.copyOf(glyphs);
    }

    private void startLine(String firstText) {
        if (pendingBreak) {
            if (endsWithBreakableHyphen() && continuesBrokenWord(firstText)) {
                dropLastCharacter();
                lastLineEndsOneEarlier();
            } else {
                text.append('\n');
            }
        }
        pendingBreak = false;
        lineStart = text.length();
    }

    /** "informa-|sjon" is one word broken by the layout; "IKT-|drift" and "helse- og" keep their hyphen. */
    private boolean endsWithBreakableHyphen() {
        int n = text.length();
        if (n < 3) {
            return false;
        }
        char last = text.charAt(n - 1);
        return (last == '-' || last == '\u00AD') && Character.isLowerCase(text.charAt(n - 2))
                && Character.isLetter(text.charAt(n - 3));
    }

    /** "helse- og omsorg" is a shortened compound, not a broken word: a conjunction follows the hyphen. */
    private static boolean continuesBrokenWord(String firstWord) {
        String word = firstWord.strip().split("\\s+", 2)[0].replaceAll("[^\\p{L}/]+$", "");
        return Character.isLowerCase(firstWord.charAt(0)) && !SUSPENDED_COMPOUND_CONJUNCTIONS.contains(word);
    }

    private void dropLastCharacter() {
        int removed = text.length() - 1;
        text.setLength(removed);
        if (!glyphs.isEmpty() && glyphs.get(glyphs.size() - 1).charIndex() == removed) {
            glyphs.remove(glyphs.size() - 1);
        }
    }

    private void lastLineEndsOneEarlier() {
        if (!lines.isEmpty()) {
            TextLine last = lines.remove(lines.size() - 1);
            lines.add(new TextLine(last.start(), Math.max(last.start(), last.end() - 1), last.x(), last.y(), last.fontSize(), last.bold()));
        }
    }

    private void addGlyphs(int start, int length, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        for (int i = 0; i < length; i++) {
            // a ligature glyph yields several characters: they share its box
            TextPosition p = positions.get(Math.min(positions.size() - 1, i * positions.size() / length));
            glyphs.add(new GlyphBox(start + i, p.getXDirAdj(), p.getYDirAdj() - p.getHeightDir(),
                    p.getWidthDirAdj(), p.getHeightDir()));
        }
    }

    private TextLine lineOf(int start, int end) {
        TextPosition first = linePositions.get(0);
        Map<Float, Integer> sizes = new HashMap<>();
        int boldCount = 0;
        for (TextPosition p : linePositions) {
            sizes.merge(Math.round(p.getFontSizeInPt() * 10) / 10f, 1, Integer::sum);
            if (p.getFont() != null && boldFonts.computeIfAbsent(p.getFont(), PageTextBuilder::isBold)) {
                boldCount++;
            }
        }
        float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
        return new TextLine(start, end, first.getXDirAdj(), first.getYDirAdj(), size, boldCount * 2 > linePositions.size());
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }

    /** Presentation-form ligatures (U+FB00..U+FB06) become their letters; other text is left as printed. */
    static String expandLigatures(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                return Normalizer.normalize(word, Normalizer.Form.NFKC);
            }
        }
        return word;
    }
}
