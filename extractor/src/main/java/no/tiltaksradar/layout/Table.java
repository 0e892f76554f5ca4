package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as the page sets it: a header row naming the columns and body rows of cells; a cell
 * holds its own paragraphs and list items, so a nested list inside a cell keeps its items.
 *
 * @param header the header cells' text, one per column (blank where a column has no header)
 */
public record Table(List<String> header, List<Row> rows) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One body row; {@code cells} has one cell per column, empty cells included. */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : new Cell(List.of());
        }
    }

    /** The content of one cell: paragraphs and list items in reading order. */
    public record Cell(List<Block> blocks) {
        public Cell {
            blocks = List.copyOf(blocks);
        }

        public String text() {
            return blocks.stream().map(Block::text).collect(Collectors.joining(" "));
        }

        public boolean isBlank() {
            return text().isBlank();
        }
    }

    Table withRows(List<Row> more) {
        List<Row> all = new ArrayList<>(rows);
        all.addAll(more);
        return new Table(header, all);
    }
}
