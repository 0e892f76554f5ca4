package no.tiltaksradar.propose.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.layout.LayoutLine;
import no.tiltaksradar.model.Chunk;

/**
 * A chunk as prompt v3 sends it: the running text as numbered sentences ("[S4] ...") and each
 * table row the layout stage read as one unit with its header ("[T1.2] Tiltak: ... | Frist: ..."),
 * in reading order. The lines a table is set on are left out of the sentences, so a row is never
 * sent twice, once garbled line by line.
 */
final class Excerpt {
    private final NumberedSentences sentences;
    private final List<Placed> rows;

    /** A row and where in the chunk's text it stands (where its table's lines begin). */
    private record Placed(int at, TableRowUnit unit) {
    }

    /** What the ids of one item cut: the quote, and for a table row the row and its cell. */
    record Cut(String quote, TableRowUnit row, TableRowUnit.CellQuote cell) {
    }

    private Excerpt(NumberedSentences sentences, List<Placed> rows) {
        this.sentences = sentences;
        this.rows = List.copyOf(rows);
    }

    /**
     * @param tables the document's table blocks (from the layout stage); those with rows in the
     *               chunk's span are sent row by row
     */
    static Excerpt of(Chunk chunk, List<Block> tables) {
        List<NumberedSentences.Span> skipped = new ArrayList<>();
        List<Placed> rows = new ArrayList<>();
        int tableNumber = 0;
        for (Block table : tables) {
            List<Integer> inChunk = rowsIn(chunk, table);
            if (inChunk.isEmpty()) {
                continue;
            }
            tableNumber++;
            Optional<NumberedSentences.Span> lines = linesIn(chunk, table);
            lines.ifPresent(skipped::add);
            int at = lines.map(NumberedSentences.Span::start).orElse(chunk.text().length());
            for (int r : inChunk) {
                rows.add(new Placed(at, new TableRowUnit("T" + tableNumber + "." + (r + 1), table.table().header(),
                        table.table().rows().get(r))));
            }
        }
        return new Excerpt(NumberedSentences.of(chunk.text(), skipped), rows);
    }

    /** The excerpt as the model sees it: sentences and rows in reading order, one unit per line. */
    String render() {
        record Line(int at, int order, String text) {
        }
        List<Line> lines = new ArrayList<>();
        for (NumberedSentences.Sentence s : sentences.sentences()) {
            lines.add(new Line(s.start(), 0, sentences.line(s)));
        }
        for (int i = 0; i < rows.size(); i++) {
            lines.add(new Line(rows.get(i).at(), i + 1, rows.get(i).unit().render()));
        }
        StringBuilder out = new StringBuilder();
        lines.stream().sorted(Comparator.comparingInt(Line::at).thenComparingInt(Line::order)).forEach(l -> out.append(l.text()));
        return out.toString();
    }

    /**
     * The quote the ids name: sentences cut from the excerpt as before; a table row, named alone,
     * cut from its cell under {@code column}. Empty when an id is unknown or a row is named together with other ids.
     */
    Optional<Cut> cut(List<String> ids, String column, String documentText) {
        List<String> rowIds = ids == null ? List.of() : ids.stream().filter(id -> row(id).isPresent()).toList();
        if (rowIds.isEmpty()) {
            return sentences.cut(ids).map(quote -> new Cut(quote, null, null));
        }
        if (ids.size() != 1) {
            return Optional.empty(); // a row is an item of its own
        }
        TableRowUnit row = row(rowIds.get(0)).orElseThrow();
        return row.quote(documentText, column).map(cell -> new Cut(cell.quote(), row, cell));
    }

    private Optional<TableRowUnit> row(String id) {
        String wanted = id == null ? "" : id.strip().replaceAll("^\\[|\\]$", "").toUpperCase(Locale.ROOT);
        return rows.stream().map(Placed::unit).filter(u -> u.id().equals(wanted)).findFirst();
    }

    /** Indexes of the table's rows that overlap the chunk's span of the document. */
    private static List<Integer> rowsIn(Chunk chunk, Block table) {
        List<Integer> found = new ArrayList<>();
        if (table.table() == null || table.end() <= chunk.charStart() || table.start() >= chunk.charEnd()) {
            return found;
        }
        for (int r = 0; r < table.table().rows().size(); r++) {
            TableRowUnit unit = new TableRowUnit("", table.table().header(), table.table().rows().get(r));
            if (unit.start() >= 0 && unit.start() < chunk.charEnd() && unit.end() > chunk.charStart()) {
                found.add(r);
            }
        }
        return found;
    }

    /** Where in the chunk's text the table's lines stand: from its first line in the chunk to its last. */
    private static Optional<NumberedSentences.Span> linesIn(Chunk chunk, Block table) {
        String text = chunk.text();
        int from = -1;
        int cursor = 0;
        for (LayoutLine line : table.lines()) {
            if (line.start() < chunk.charStart() || line.end() > chunk.charEnd() || line.text().isBlank()) {
                continue;
            }
            int at = text.indexOf(line.text(), cursor);
            if (at < 0) {
                continue;
            }
            from = from < 0 ? at : from;
            cursor = at + line.text().length();
        }
        return from < 0 ? Optional.empty() : Optional.of(new NumberedSentences.Span(from, cursor));
    }
}
