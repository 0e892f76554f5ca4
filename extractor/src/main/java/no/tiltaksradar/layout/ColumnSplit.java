package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.tiltaksradar.model.GlyphBox;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;

/**
 * Cuts a line's parts where a word starts in a later column of a table. In a table set tight the
 * space between two cells is no wider than a wide word space, so the line reader keeps
 * "Statens vegvesen" and "Samferdselsdepartementet" of two cells as one part; once a header has
 * named the columns, the glyphs tell where each word stands and so which cell it belongs to.
 */
final class ColumnSplit {
    private final SourceDocument document;
    /** The glyphs of the page last cut: a table is read page by page, and keeping every page's would undo the packed glyph store. */
    private int glyphsPage;
    private GlyphBox[] glyphs;

    ColumnSplit(SourceDocument document) {
        this.document = document;
    }

    /** The line with its parts cut at the columns' starts, or the line itself when nothing crosses a column. */
    LayoutLine split(LayoutLine line, List<Float> columns) {
        if (columns.size() < 2 || line.page() < 1 || line.page() > document.pages().size()) {
            return line;
        }
        Page page = document.page(line.page());
        if (glyphs == null || glyphsPage != line.page()) {
            glyphs = LineReader.glyphsByChar(page);
            glyphsPage = line.page();
        }
        List<LayoutLine> parts = new ArrayList<>();
        boolean cut = false;
        for (LayoutLine part : line.pieces()) {
            List<LayoutLine> pieces = split(page, glyphs, part, columns);
            cut |= pieces.size() > 1;
            parts.addAll(pieces);
        }
        return cut ? new LayoutLine(line.page(), line.start(), line.end(), line.text(), line.x(), line.xEnd(), line.y(), line.fontSize(),
                line.bold(), line.headingLevel(), parts) : line;
    }

    private static List<LayoutLine> split(Page page, GlyphBox[] glyphs, LayoutLine part, List<Float> columns) {
        String text = page.text();
        int from = part.start() - page.offset();
        int to = part.end() - page.offset();
        if (from < 0 || to > text.length() || from >= to) {
            return List.of(part);
        }
        List<LayoutLine> pieces = new ArrayList<>();
        int column = TableReader.columnOf(part.x(), columns);
        int pieceStart = from;
        for (int k = from + 1; k < to; k++) {
            boolean wordStart = Character.isWhitespace(text.charAt(k - 1)) && !Character.isWhitespace(text.charAt(k));
            if (wordStart && glyphs[k] != null && TableReader.columnOf(glyphs[k].x(), columns) > column) {
                piece(page, glyphs, part, pieceStart, k).ifPresent(pieces::add);
                column = TableReader.columnOf(glyphs[k].x(), columns);
                pieceStart = k;
            }
        }
        if (pieces.isEmpty()) {
            return List.of(part);
        }
        piece(page, glyphs, part, pieceStart, to).ifPresent(pieces::add);
        return pieces;
    }

    /** The characters from {@code start} to {@code end} of the page, trailing spaces left out, as a part of {@code line}. */
    private static Optional<LayoutLine> piece(Page page, GlyphBox[] glyphs, LayoutLine line, int start, int end) {
        int last = end - 1;
        while (last >= start && (Character.isWhitespace(page.text().charAt(last)) || glyphs[last] == null)) {
            last--;
        }
        if (last < start || glyphs[start] == null) {
            return Optional.empty();
        }
        return Optional.of(new LayoutLine(line.page(), page.offset() + start, page.offset() + last + 1,
                page.text().substring(start, last + 1), glyphs[start].x(), glyphs[last].x() + glyphs[last].width(), line.y(),
                line.fontSize(), line.bold(), 0, List.of()));
    }
}
