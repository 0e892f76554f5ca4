package no.tiltaksradar.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * PDFBox's rule for text painted twice (word processors make bold by printing each glyph again a
 * hair to the side): a glyph is dropped when the same character was already shown on the page
 * within a third of its width, in x and in y. PDFBox keeps the positions in a TreeMap of boxed
 * Floats per character, and that lookup took about a fifth of ingest time; this index keeps them in
 * a hash grid and asks the same question with the same float comparisons, so the same glyphs are
 * dropped. One instance serves one page at a time: {@link #clear()} between pages.
 */
final class OverprintFilter {
    /** Grid cell side in PDF units: a few glyph widths of body text, so a lookup touches one to four cells. */
    private static final float CELL = 8f;
    /** A wider search (a huge or endless tolerance) scans the character's positions one by one instead. */
    private static final long MAX_CELLS = 64;

    private final Map<String, Positions> byCharacter = new HashMap<>();

    void clear() {
        byCharacter.clear();
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
        Positions positions = byCharacter.computeIfAbsent(unicode, k -> new Positions());
        if (positions.any(xLow, xHigh, y - tolerance, y + tolerance)) {
            return true;
        }
        positions.add(x, y);
        return false;
    }

    /** The positions of one character on the page: all of them in a list, and by grid cell. */
    private static final class Positions {
        private final Cell all = new Cell();
        private final Map<Long, Cell> cells = new HashMap<>();

        void add(float x, float y) {
            all.add(x, y);
            cells.computeIfAbsent(key(cell(x), cell(y)), k -> new Cell()).add(x, y);
        }

        boolean any(float xLow, float xHigh, float yLow, float yHigh) {
            if (!finite(xLow, xHigh, yLow, yHigh)) {
                return all.any(xLow, xHigh, yLow, yHigh);
            }
            long fromX = cell(xLow);
            long toX = cell(xHigh);
            long fromY = cell(yLow);
            long toY = cell(yHigh);
            if ((toX - fromX + 1) * (toY - fromY + 1) > MAX_CELLS) {
                return all.any(xLow, xHigh, yLow, yHigh);
            }
            for (long cx = fromX; cx <= toX; cx++) {
                for (long cy = fromY; cy <= toY; cy++) {
                    Cell cell = cells.get(key(cx, cy));
                    if (cell != null && cell.any(xLow, xHigh, yLow, yHigh)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean finite(float... values) {
            for (float value : values) {
                if (!Float.isFinite(value)) {
                    return false;
                }
            }
            return true;
        }

        private static long cell(float value) {
            return (long) Math.floor(value / CELL);
        }

        /** Two cell numbers in one key; a clash only means more positions are compared exactly. */
        private static long key(long cx, long cy) {
            return (cx << 32) ^ (cy & 0xFFFF_FFFFL);
        }
    }

    /** Positions as x, y pairs in one growing array. */
    private static final class Cell {
        private float[] xy = new float[8];
        private int size;

        void add(float x, float y) {
            if (size + 2 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, xy.length * 2);
            }
            xy[size++] = x;
            xy[size++] = y;
        }

        /** Float.compare as TreeMap compares Float keys: -0.0 below 0.0, NaN above everything. */
        boolean any(float xLow, float xHigh, float yLow, float yHigh) {
            for (int i = 0; i < size; i += 2) {
                if (Float.compare(xy[i], xLow) >= 0 && Float.compare(xy[i], xHigh) < 0
                        && Float.compare(xy[i + 1], yLow) >= 0 && Float.compare(xy[i + 1], yHigh) < 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
