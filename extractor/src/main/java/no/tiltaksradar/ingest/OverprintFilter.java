package no.tiltaksradar.ingest;

import java.util.Arrays;

/**
 * PDFBox's rule for text painted twice (word processors make bold by printing each glyph again a
 * hair to the side): a glyph is dropped when the same character was already shown on the page
 * within a third of its width, in x and in y. PDFBox keeps the positions in a TreeMap of boxed
 * Floats per character, and that lookup took about a fifth of ingest time. This index asks the same
 * question with the same float comparisons, so the same glyphs are dropped.
 *
 * <p>Written by hand because the lookup runs once per glyph: a grid of cells laid on the page, each
 * cell the head of a chain through flat arrays of the page's positions. No object per cell or
 * position, no hashing or boxing (a hash grid of cell objects still cost a tenth of ingest, mostly
 * in cache misses), and a page is forgotten by bumping a generation number instead of clearing
 * cells. Positions off the page go to the grid's border cells, which only means more positions
 * are compared there. One instance serves one page at a time: {@link #clear(float, float)} between pages.
 */
final class OverprintFilter {
    /** Cell side at least this many PDF units: a few glyph widths of body text, so a lookup touches one to four cells. */
    private static final float MIN_CELL = 8f;
    /** Cells per axis at most, so the grid stays small enough to sit in the processor's cache. */
    private static final int CELLS_PER_AXIS = 128;
    /** Page side assumed when none is given: covers A4 and Letter at the minimum cell size. */
    private static final float DEFAULT_SIDE = MIN_CELL * CELLS_PER_AXIS;
    /** A wider search (a huge or endless tolerance) scans every position instead. */
    private static final long MAX_CELLS_PER_LOOKUP = 64;
    private static final int NONE = -1;

    /** Per cell: the generation in the high half, the index of its newest position in the low half. */
    private final long[] heads = new long[CELLS_PER_AXIS * CELLS_PER_AXIS];
    private int generation = 1;
    private float[] xs = new float[1024];
    private float[] ys = new float[1024];
    private String[] texts = new String[1024];
    /** The next older position in the same cell, or {@link #NONE}. */
    private int[] next = new int[1024];
    private int size;
    private float cellWidth = MIN_CELL;
    private float cellHeight = MIN_CELL;

    /** Forgets the positions of the page before, for a page of the default size. */
    void clear() {
        clear(DEFAULT_SIDE, DEFAULT_SIDE);
    }

    /** Forgets the positions of the page before and lays the grid over a page of this size. */
    void clear(float pageWidth, float pageHeight) {
        Arrays.fill(texts, 0, size, null);
        size = 0;
        generation++;
        if (generation == Integer.MAX_VALUE) { // after two billion pages, start the stamps over
            Arrays.fill(heads, 0L);
            generation = 1;
        }
        cellWidth = cellSide(pageWidth);
        cellHeight = cellSide(pageHeight);
    }

    private static float cellSide(float pageSide) {
        return Float.isFinite(pageSide) && pageSide > 0 ? Math.max(MIN_CELL, pageSide / CELLS_PER_AXIS) : MIN_CELL;
    }

    /**
     * Whether a glyph showing {@code unicode} at ({@code x}, {@code y}) repeats one shown before on
     * this page; if not, it is remembered. Ranges are half-open, [x - t, x + t), as PDFBox's
     * {@code subMap}/{@code subSet} are, and a negative tolerance fails as theirs does.
     */
    boolean isRepeat(String unicode, float x, float y, float width) {
        float tolerance = width / unicode.length() / 3.0f;
        float xLow = x - tolerance;
        float xHigh = x + tolerance;
        if (Float.compare(xLow, xHigh) > 0) {
            throw new IllegalArgumentException("fromKey > toKey"); // what PDFBox's TreeMap.subMap throws here
        }
        if (any(unicode, xLow, xHigh, y - tolerance, y + tolerance)) {
            return true;
        }
        add(unicode, x, y);
        return false;
    }

    private boolean any(String unicode, float xLow, float xHigh, float yLow, float yHigh) {
        if (!finite(xLow, xHigh, yLow, yHigh)) {
            return scanAll(unicode, xLow, xHigh, yLow, yHigh);
        }
        int fromX = column(xLow);
        int toX = column(xHigh);
        int fromY = row(yLow);
        int toY = row(yHigh);
        if ((long) (toX - fromX + 1) * (toY - fromY + 1) > MAX_CELLS_PER_LOOKUP) {
            return scanAll(unicode, xLow, xHigh, yLow, yHigh);
        }
        for (int cx = fromX; cx <= toX; cx++) {
            for (int cy = fromY; cy <= toY; cy++) {
                for (int i = newest(cx * CELLS_PER_AXIS + cy); i != NONE; i = next[i]) {
                    if (matches(i, unicode, xLow, xHigh, yLow, yHigh)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean scanAll(String unicode, float xLow, float xHigh, float yLow, float yHigh) {
        for (int i = 0; i < size; i++) {
            if (matches(i, unicode, xLow, xHigh, yLow, yHigh)) {
                return true;
            }
        }
        return false;
    }

    /** Float.compare as TreeMap compares Float keys: -0.0 below 0.0, NaN above everything. */
    private boolean matches(int i, String unicode, float xLow, float xHigh, float yLow, float yHigh) {
        return Float.compare(xs[i], xLow) >= 0 && Float.compare(xs[i], xHigh) < 0
                && Float.compare(ys[i], yLow) >= 0 && Float.compare(ys[i], yHigh) < 0 && unicode.equals(texts[i]);
    }

    private int newest(int cell) {
        long head = heads[cell];
        return (int) (head >>> 32) == generation ? (int) head : NONE;
    }

    private void add(String unicode, float x, float y) {
        if (size == xs.length) {
            int capacity = size * 2;
            xs = Arrays.copyOf(xs, capacity);
            ys = Arrays.copyOf(ys, capacity);
            texts = Arrays.copyOf(texts, capacity);
            next = Arrays.copyOf(next, capacity);
        }
        int cell = column(x) * CELLS_PER_AXIS + row(y);
        xs[size] = x;
        ys[size] = y;
        texts[size] = unicode;
        next[size] = newest(cell);
        heads[cell] = ((long) generation << 32) | size;
        size++;
    }

    /** Monotone in x, so every position inside a range lies in a cell between the range ends' cells. */
    private int column(float x) {
        return clamp(x / cellWidth);
    }

    private int row(float y) {
        return clamp(y / cellHeight);
    }

    private static int clamp(float cell) {
        if (!(cell >= 0)) { // negative or NaN
            return 0;
        }
        return cell >= CELLS_PER_AXIS - 1 ? CELLS_PER_AXIS - 1 : (int) cell;
    }

    private static boolean finite(float a, float b, float c, float d) {
        return Float.isFinite(a) && Float.isFinite(b) && Float.isFinite(c) && Float.isFinite(d);
    }
}
