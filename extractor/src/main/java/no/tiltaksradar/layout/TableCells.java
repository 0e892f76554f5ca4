package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the blocks that are not grouped from running text: headings, captions, tables and their cells. */
final class TableCells {
    private TableCells() {
    }

    static Block single(Block.Kind kind, LayoutLine line, List<String> sectionPath, String context) {
        BlockText text = new BlockText();
        text.append(line, 0);
        return new Block(kind, text.text(), text.offsets(), sectionPath, context, null, 0, false, Map.of(), null, List.of(line));
    }

    /** One heading from its lines; it enters the section path at its level. */
    static Block heading(List<LayoutLine> lines, SectionPath path) {
        BlockText text = new BlockText();
        lines.forEach(line -> text.append(line, 0));
        path.enter(lines.get(0).headingLevel(), text.text().strip());
        return new Block(Block.Kind.HEADING, text.text(), text.offsets(), path.current(), text.text(), null, 0, false, Map.of(), null,
                lines);
    }

    /** The header's text per column, lines of a header cell set over two lines joined. */
    static List<String> headerTexts(List<LayoutLine> header, List<Float> columns) {
        List<StringBuilder> texts = new ArrayList<>();
        columns.forEach(c -> texts.add(new StringBuilder()));
        for (LayoutLine line : header) {
            for (LayoutLine part : line.pieces()) {
                StringBuilder cell = texts.get(Math.max(0, TableReader.columnOf(part.x(), columns)));
                cell.append(cell.isEmpty() ? "" : " ").append(part.text().strip());
            }
        }
        return texts.stream().map(StringBuilder::toString).toList();
    }

    /** Each cell's parts grouped into paragraphs and list items, governed by its column's header. */
    static List<Table.Row> rows(List<List<List<LayoutLine>>> rawRows, List<String> header, List<String> sectionPath) {
        List<Table.Row> rows = new ArrayList<>();
        for (List<List<LayoutLine>> rawRow : rawRows) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int column = 0; column < rawRow.size(); column++) {
                List<Block> blocks = new ArrayList<>();
                UnitGrouper grouper = new UnitGrouper(blocks);
                grouper.govern(sectionPath, column < header.size() ? header.get(column) : "");
                rawRow.get(column).forEach(grouper::accept);
                grouper.close();
                cells.add(new Table.Cell(blocks));
            }
            rows.add(new Table.Row(cells));
        }
        return rows;
    }

    static Block table(Table table, List<LayoutLine> lines, List<String> sectionPath) {
        String text = table.rows().stream().map(row -> row.cells().stream().map(Table.Cell::text).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
        String header = String.join("\t", table.header());
        return new Block(Block.Kind.TABLE, header.isEmpty() ? text : header + "\n" + text, new int[0], sectionPath,
                header, null, 0, false, Map.of(), table, lines);
    }
}
