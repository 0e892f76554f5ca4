package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Cuts a table's body into rows and cells from where its parts stand. */
final class TableRows {
    /** a gap of this many font sizes between a row's last line and the next line starts a new row */
    private static final float ROW_GAP = 1.4f;
    /** lines of one cell follow each other within this many font sizes */
    private static final float CELL_LINE = 1.3f;
    private static final float SAME_BASELINE = 1f;

    private TableRows() {
    }

    /**
     * Body rows of a region, each a list of cells (one per column), each cell the parts set in it.
     * A row starts where the text resumes after a gap wider than a cell's line spacing, or, in a
     * table set tight, where two or more columns start a new cell on the same baseline.
     */
    static List<List<List<LayoutLine>>> rows(List<LayoutLine> lines, List<Float> columns) {
        List<LayoutLine> parts = lines.stream().flatMap(l -> l.pieces().stream()).toList();
        List<Float> starts = rowStarts(parts, columns);
        List<List<List<LayoutLine>>> rows = new ArrayList<>();
        for (int r = 0; r < starts.size(); r++) {
            List<List<LayoutLine>> row = new ArrayList<>();
            columns.forEach(c -> row.add(new ArrayList<>()));
            rows.add(row);
        }
        for (LayoutLine part : parts) {
            int row = 0;
            while (row + 1 < starts.size() && starts.get(row + 1) <= part.y() + SAME_BASELINE) {
                row++;
            }
            rows.get(row).get(Math.max(0, TableReader.columnOf(part.x(), columns))).add(part);
        }
        rows.removeIf(row -> row.stream().allMatch(List::isEmpty));
        return rows;
    }

    private static List<Float> rowStarts(List<LayoutLine> parts, List<Float> columns) {
        TreeMap<Float, Set<Integer>> freshCells = new TreeMap<>();
        Map<Integer, Float> lastInColumn = new HashMap<>();
        for (LayoutLine part : parts) {
            int column = Math.max(0, TableReader.columnOf(part.x(), columns));
            Float last = lastInColumn.put(column, part.y());
            if (last == null || part.y() - last > CELL_LINE * part.fontSize() || part.y() < last) {
                freshCells.computeIfAbsent(baseline(freshCells, part.y()), y -> new HashSet<>()).add(column);
            }
        }
        List<Float> ys = parts.stream().map(LayoutLine::y).sorted().toList();
        TreeSet<Float> starts = new TreeSet<>();
        for (int i = 0; i < ys.size(); i++) {
            if (i == 0 || ys.get(i) - ys.get(i - 1) > ROW_GAP * parts.get(0).fontSize()) {
                starts.add(ys.get(i));
            }
        }
        freshCells.forEach((y, cells) -> {
            if (cells.size() >= 2) {
                starts.add(y);
            }
        });
        return collapse(starts);
    }

    /** The baseline already recorded within a point of y, or y itself. */
    private static float baseline(TreeMap<Float, ?> known, float y) {
        Float near = known.floorKey(y + SAME_BASELINE);
        return near != null && y - near <= SAME_BASELINE ? near : y;
    }

    private static List<Float> collapse(TreeSet<Float> starts) {
        List<Float> result = new ArrayList<>();
        for (float y : starts) {
            if (result.isEmpty() || y - result.get(result.size() - 1) > SAME_BASELINE) {
                result.add(y);
            }
        }
        return result;
    }
}
