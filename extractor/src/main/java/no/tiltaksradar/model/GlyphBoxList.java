package no.tiltaksradar.model;

import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of glyph boxes packed 20 bytes each into a read-only buffer, usually a file
 * mapped outside the heap: one box per character of a 2,400-page PDF would otherwise take
 * hundreds of MB of heap as objects. Boxes are made on {@link #get}; equal to any list of the same boxes.
 */
public final class GlyphBoxList extends AbstractList<GlyphBox> implements RandomAccess {
    /** charIndex (int) then x, y, width, height (float). */
    public static final int BYTES_PER_BOX = 20;

    private final ByteBuffer boxes;
    private final int first;
    private final int size;

    /** A view of {@code size} boxes from box number {@code first} of {@code boxes}, which must not change afterwards. */
    public GlyphBoxList(ByteBuffer boxes, int first, int size) {
        Objects.checkFromIndexSize((long) first * BYTES_PER_BOX, (long) size * BYTES_PER_BOX, boxes.capacity());
        this.boxes = boxes.asReadOnlyBuffer();
        this.first = first;
        this.size = size;
    }

    @Override
    public GlyphBox get(int index) {
        Objects.checkIndex(index, size);
        int at = (first + index) * BYTES_PER_BOX;
        return new GlyphBox(boxes.getInt(at), boxes.getFloat(at + 4), boxes.getFloat(at + 8), boxes.getFloat(at + 12),
                boxes.getFloat(at + 16));
    }

    @Override
    public int size() {
        return size;
    }
}
