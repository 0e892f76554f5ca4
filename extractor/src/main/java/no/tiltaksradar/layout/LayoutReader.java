package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.model.SourceDocument;

/**
 * Reads a document once into layout blocks in reading order: headings (a heading set over two
 * lines is one), box captions, paragraphs, list items with their nesting and attached field lines,
 * and tables (continued over a page break). Chunker and proposers both read these blocks, so a
 * candidate's section is always its chunk's.
 */
public final class LayoutReader {
    public List<Block> read(SourceDocument document) {
        TableReader tables = new TableReader(new ColumnSplit(document));
        List<LayoutLine> lines = new EmphasisFilter().apply(new LineReader().read(document));
        List<Block> out = new ArrayList<>();
        UnitGrouper grouper = new UnitGrouper(out);
        SectionPath path = new SectionPath();
        List<Float> tableColumns = List.of();
        int i = 0;
        while (i < lines.size()) {
            LayoutLine line = lines.get(i);
            Optional<TableReader.Region> table = tableAt(tables, lines, i, out, tableColumns);
            if (table.isPresent()) {
                grouper.close();
                addTable(out, table.get(), path.current());
                tableColumns = table.get().columns();
                grouper.govern(path.current(), lastHeading(path));
                i = table.get().to();
            } else if ((line.isHeading() || line.bold()) && Labels.isBoxCaption(line.text())) {
                grouper.close();
                out.add(TableCells.single(Block.Kind.LABEL, line, path.current(), line.text().strip()));
                grouper.govern(path.current(), line.text().strip());
                i++;
            } else if (line.isHeading()) {
                int to = i + 1;
                while (to < lines.size() && lines.get(to).headingLevel() == line.headingLevel() && EmphasisFilter.wrapsOnto(lines.get(to - 1), lines.get(to))) {
                    to++;
                }
                grouper.close();
                Block heading = TableCells.heading(lines.subList(i, to), path);
                out.add(heading);
                grouper.govern(heading.sectionPath(), heading.text());
                i = to;
            } else {
                Optional<Map<String, String>> fields = Labels.fields(line.text());
                if (fields.isPresent()) {
                    grouper.attachFields(fields.get(), line);
                } else {
                    grouper.accept(line);
                }
                i++;
            }
        }
        grouper.close();
        return List.copyOf(out);
    }

    /** A table under a header line here, or the rows that go on with a table that ended the previous page. */
    private static Optional<TableReader.Region> tableAt(TableReader tables, List<LayoutLine> lines, int i, List<Block> out,
                                                       List<Float> columns) {
        Optional<TableReader.Region> headed = tables.headed(lines, i);
        if (headed.isPresent()) {
            return headed;
        }
        Block last = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean pageTop = i == 0 || lines.get(i - 1).page() != lines.get(i).page();
        if (last != null && last.kind() == Block.Kind.TABLE && pageTop && last.pageEnd() < lines.get(i).page()) {
            return tables.continued(lines, i, columns);
        }
        return Optional.empty();
    }

    private static void addTable(List<Block> out, TableReader.Region region, List<String> sectionPath) {
        List<LayoutLine> body = region.body();
        List<String> header = region.header().isEmpty() ? List.of() : TableCells.headerTexts(region.header(), region.columns());
        Block last = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean continues = last != null && last.kind() == Block.Kind.TABLE && last.pageEnd() < region.lines().get(0).page()
                && (header.isEmpty() || header.equals(last.table().header()));
        List<String> names = continues ? last.table().header() : header;
        List<Table.Row> rows = TableCells.rows(TableRows.rows(body, region.columns()), names, sectionPath);
        List<LayoutLine> regionLines = region.lines();
        if (continues) {
            List<LayoutLine> allLines = new ArrayList<>(last.lines());
            allLines.addAll(regionLines);
            out.set(out.size() - 1, TableCells.table(last.table().withRows(rows), allLines, last.sectionPath()));
        } else {
            out.add(TableCells.table(new Table(names, rows), regionLines, sectionPath));
        }
    }

    private static String lastHeading(SectionPath path) {
        List<String> current = path.current();
        return current.isEmpty() ? "" : current.get(current.size() - 1);
    }
}
