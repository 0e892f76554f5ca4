package no.tiltaksradar.propose.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.language.ListMarkers;
import no.tiltaksradar.layout.Block;
import no.tiltaksradar.layout.Table;

/**
 * One body row of a table, sent to the model as one numbered unit with its header
 * ("[T1.2] Tiltak: ... | Ansvarlig: ... | Frist: ..."), so the model answers with the row's id and
 * the quote is cut by code from the row's own cell, as the document has it.
 *
 * @param id the id the model sees, {@code T<table>.<row>}
 * @param header the table's column names, one per column (blank where a column has none)
 */
record TableRowUnit(String id, List<String> header, Table.Row row) {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");
    private static final Pattern MARKER_AT_LINE = Pattern.compile("(?m)^[ \\t]*" + ListMarkers.MARKER + "[ \\t]+",
            Pattern.CASE_INSENSITIVE);

    TableRowUnit {
        header = List.copyOf(header);
    }

    /** The cell a quote is cut from: its text as the document has it and where, or the layout's reading when it is not one span. */
    record CellQuote(String quote, int charStart, int charEnd, int column) {
        boolean located() {
            return charStart >= 0;
        }
    }

    /** The row as the model reads it: each non-blank cell behind its column's name. */
    String render() {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String text = row.cell(c).text().strip();
            if (!text.isEmpty()) {
                String name = c < header.size() ? header.get(c).strip() : "";
                cells.add(name.isEmpty() ? text : name + ": " + text);
            }
        }
        return "[" + id + "] " + String.join(" | ", cells) + "\n";
    }

    /** Offset of the row's first character in the document text. */
    int start() {
        return blocks().stream().mapToInt(Block::start).min().orElse(-1);
    }

    /** Offset one past the row's last character in the document text. */
    int end() {
        return blocks().stream().mapToInt(Block::end).max().orElse(-1);
    }

    /**
     * The quote of the item this row states: the cell under the column the model named (matched by
     * name, ignoring case and a trailing colon), else the row's longest cell; empty for a blank row.
     */
    Optional<CellQuote> quote(String documentText, String column) {
        int chosen = columnNamed(column).orElseGet(this::longestCell);
        Table.Cell cell = row.cell(chosen);
        if (cell.isBlank()) {
            return Optional.empty();
        }
        List<Block> blocks = cell.blocks().stream().filter(b -> !b.text().isBlank()).toList();
        Block first = blocks.get(0);
        Block last = blocks.get(blocks.size() - 1);
        int start = first.offsetAt(0);
        int end = last.offsetAt(last.text().length() - 1) + 1;
        if (start < end && end <= documentText.length()) {
            String span = documentText.substring(start, end);
            // verbatim only when the cell is one run of the document's text (not interleaved with other columns)
            if (compact(MARKER_AT_LINE.matcher(span).replaceAll("")).equals(compact(cell.text()))) {
                return Optional.of(new CellQuote(span, start, end, chosen));
            }
        }
        return Optional.of(new CellQuote(cell.text().strip(), -1, -1, chosen));
    }

    /** The actors the model named that one of the row's other cells states; the row is the source, not the model. */
    List<String> responsibleStated(List<String> suggested, int quoteColumn) {
        String others = otherCells(quoteColumn);
        return suggested.stream().filter(name -> !name.isBlank() && others.contains(name.strip().toLowerCase(Locale.ROOT))).toList();
    }

    /** The model's deadline when its year stands in one of the row's other cells, else null. */
    String deadlineStated(String suggested, int quoteColumn) {
        if (suggested == null) {
            return null;
        }
        Matcher year = YEAR.matcher(suggested);
        return year.find() && otherCells(quoteColumn).contains(year.group()) ? suggested : null;
    }

    private String otherCells(int quoteColumn) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < row.cells().size(); c++) {
            if (c != quoteColumn) {
                text.append(row.cell(c).text()).append('\n');
            }
        }
        return text.toString().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Optional<Integer> columnNamed(String column) {
        String wanted = normalizedName(column);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (int c = 0; c < header.size(); c++) {
            if (normalizedName(header.get(c)).equals(wanted) && !row.cell(c).isBlank()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private int longestCell() {
        int longest = 0;
        for (int c = 1; c < row.cells().size(); c++) {
            if (letters(row.cell(c).text()) > letters(row.cell(longest).text())) {
                longest = c;
            }
        }
        return longest;
    }

    private List<Block> blocks() {
        return row.cells().stream().flatMap(cell -> cell.blocks().stream()).toList();
    }

    private static String normalizedName(String name) {
        return name == null ? "" : name.strip().replaceAll("[:\\s]+$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\\u00AD]+", "");
    }
}
