package no.tiltaksradar.model;

import java.util.List;

/**
 * One physical page of a document.
 *
 * <p>{@code text} is the page's cleaned extracted text (ligatures expanded, line-break
 * hyphenation undone, lines separated by {@code '\n'}); it still holds running headers,
 * footers and page numbers, because citations are checked against the page as printed.
 * {@code boilerplate} marks those spans so chunking can leave them out.
 *
 * @param number 1-based physical page number: the page's index in the file
 * @param label printed page label ("7", "iv") where the PDF or a running footer gives one, else null
 * @param offset where this page's text starts in {@link SourceDocument#text()}
 * @param lines visual lines in reading order; empty for formats without layout (DOCX, HTML)
 * @param glyphs character boxes for highlighting; empty for formats without layout
 * @param boilerplate running headers, footers and bare page numbers, as spans of {@code text}
 */
public record Page(int number, String label, String text, int offset,
                   List<TextLine> lines, List<GlyphBox> glyphs, List<TextSpan> boilerplate) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page number is 1-based, was " + number);
        }
        if (text == null) {
            throw new IllegalArgumentException("page " + number + " has null text");
        }
        lines = List.copyOf(lines);
        glyphs = glyphs instanceof GlyphBoxList packed ? packed : List.copyOf(glyphs); // packed boxes are immutable already
        boilerplate = List.copyOf(boilerplate);
    }

    /** Offset one past this page's last character in the document text. */
    public int endOffset() {
        return offset + text.length();
    }

    public boolean isBoilerplate(int charIndex) {
        for (TextSpan span : boilerplate) {
            if (span.contains(charIndex)) {
                return true;
            }
        }
        return false;
    }
}
