package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds tables in a page's lines from the column alignment of their glyphs: a header line whose
 * short parts stand apart in columns, then the lines whose every part starts in one column and
 * stays inside it. A row starts where the text resumes after a gap wider than the lines of a cell;
 * a cell's lines are grouped into paragraphs and list items like any text.
 *
 * <p>Own code rather than tabula-java: its last release (1.0.5, 2021) is built on PDFBox 2.0.24,
 * whose API PDFBox 3 changed (document loading, text position classes), so the two cannot share
 * the classpath; it would also parse the PDF a second time and lose our character offsets. The
 * ingester keeps no ruling lines, so alignment is the only evidence used.
 */
final class TableReader {
    private static final float ALIGN = 6f;
    private static final int MAX_HEADER_WORDS = 4;
    /** more space than this many font sizes ends the table */
    private static final float TABLE_GAP = 3f;
    /** how far below its first line a bold header row may run (a header cell of two lines) */
    private static final float HEADER_DEPTH = 2.5f;

    /** The table at {@code from}: the lines it takes ({@code from} to {@code to}, exclusive), its header lines and columns. */
    record Region(int from, int to, List<LayoutLine> header, List<Float> columns) {
    }

    /** A table starting at line {@code from} under a header row, if one starts there. */
    Optional<Region> headed(List<LayoutLine> lines, int from) {
        LayoutLine first = lines.get(from);
        if (first.parts().size() < 2 || !shortCells(first)) {
            return Optional.empty();
        }
        List<LayoutLine> header = new ArrayList<>(List.of(first));
        int at = from + 1;
        // the rest of the header row: cells on the same baseline, and in a bold header the second line of a cell ("departement")
        while (at < lines.size() && lines.get(at).page() == first.page() && lines.get(at).bold() == first.bold() && shortCells(lines.get(at))
                && Math.abs(lines.get(at).y() - first.y()) <= (first.bold() ? HEADER_DEPTH * first.fontSize() : 1f)) {
            header.add(lines.get(at++));
        }
        List<Float> columns = columns(header);
        int to = extent(lines, at, columns, header.stream().map(LayoutLine::y).max(Float::compare).orElseThrow());
        return to > at ? Optional.of(new Region(from, to, header, columns)) : Optional.empty();
    }

    /** Rows at the top of a page that go on with the previous page's table: lines in its columns, some beyond the first. */
    Optional<Region> continued(List<LayoutLine> lines, int from, List<Float> columns) {
        LayoutLine first = lines.get(from);
        if (first.isHeading() || !fitsAsCells(lines, from, columns)) {
            return Optional.empty();
        }
        int to = extent(lines, from, columns, first.y() - first.fontSize());
        boolean severalColumns = lines.subList(from, to).stream().flatMap(l -> l.pieces().stream())
                .anyMatch(piece -> columnOf(piece.x(), columns) > 0);
        return severalColumns ? Optional.of(new Region(from, to, List.of(), columns)) : Optional.empty();
    }

    /** Header cells name columns: a few words each, starting with a letter (a table of contents has page numbers). */
    private static boolean shortCells(LayoutLine line) {
        return line.pieces().stream().allMatch(p -> p.text().strip().split("\\s+").length <= MAX_HEADER_WORDS
                        && Character.isLetter(p.text().strip().codePointAt(0)))
                && !line.text().strip().matches(".*[.!?]$");
    }

    /** The left edges of the header's cells, those closer than the alignment tolerance taken as one. */
    private static List<Float> columns(List<LayoutLine> header) {
        List<Float> edges = header.stream().flatMap(l -> l.pieces().stream()).map(LayoutLine::x).sorted().toList();
        List<Float> columns = new ArrayList<>();
        for (float x : edges) {
            if (columns.isEmpty() || x - columns.get(columns.size() - 1) > ALIGN) {
                columns.add(x);
            }
        }
        return columns;
    }

    private static int extent(List<LayoutLine> lines, int from, List<Float> columns, float top) {
        float bottom = top;
        int at = from;
        while (at < lines.size()) {
            LayoutLine line = lines.get(at);
            boolean sameRun = line.page() == lines.get(from).page() && line.y() - bottom <= TABLE_GAP * line.fontSize();
            if (line.isHeading() || !sameRun || !fitsAsCells(lines, at, columns)) {
                break;
            }
            bottom = Math.max(bottom, line.y());
            at++;
        }
        return at;
    }

    /**
     * Whether the line at {@code at} fits the columns, cut at its column gaps or else at its narrower
     * cell gaps: a cell whose text nearly fills it leaves less than a column gap before the next
     * column, and only the table's known column edges tell that gap from a wide word space. The
     * line cut at its cells replaces it in {@code lines}, so rows and cells read the same pieces.
     */
    private static boolean fitsAsCells(List<LayoutLine> lines, int at, List<Float> columns) {
        LayoutLine line = lines.get(at);
        if (fits(line, columns)) {
            return true;
        }
        LayoutLine cells = line.asCells();
        if (cells != line && fits(cells, columns)) {
            lines.set(at, cells);
            return true;
        }
        return false;
    }

    /** Every part starts in a column and ends before the next column starts. */
    static boolean fits(LayoutLine line, List<Float> columns) {
        for (LayoutLine part : line.pieces()) {
            int column = columnOf(part.x(), columns);
            if (column < 0 || (column + 1 < columns.size() && part.xEnd() > columns.get(column + 1) + ALIGN)) {
                return false;
            }
        }
        return true;
    }

    static int columnOf(float x, List<Float> columns) {
        for (int c = columns.size() - 1; c >= 0; c--) {
            if (x >= columns.get(c) - ALIGN) {
                return c;
            }
        }
        return -1;
    }
}
