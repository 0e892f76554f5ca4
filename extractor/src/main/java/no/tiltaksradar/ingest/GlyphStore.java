package no.tiltaksradar.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import no.tiltaksradar.model.GlyphBox;
import no.tiltaksradar.model.GlyphBoxList;

/**
 * Keeps a document's glyph boxes in a temporary file while its pages are read, then maps the file
 * read-only: the boxes of a large PDF live outside the heap, so its size no longer decides whether
 * the batch survives. The file is deleted on close; the mapping stays valid as long as pages use it.
 */
final class GlyphStore implements AutoCloseable {
    private final FileChannel file;
    private long boxes;

    GlyphStore() throws IOException {
        Path path = Files.createTempFile("tiltaksradar-glyphs-", ".bin");
        this.file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** Writes one page's boxes; returns the number of the page's first box. */
    long append(List<GlyphBox> glyphs) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(glyphs.size() * GlyphBoxList.BYTES_PER_BOX);
        for (GlyphBox glyph : glyphs) {
            bytes.putInt(glyph.charIndex()).putFloat(glyph.x()).putFloat(glyph.y()).putFloat(glyph.width()).putFloat(glyph.height());
        }
        bytes.flip();
        while (bytes.hasRemaining()) {
            file.write(bytes);
        }
        long first = boxes;
        boxes += glyphs.size();
        return first;
    }

    /** Every box written so far, mapped read-only; call once all pages are in. */
    ByteBuffer seal() throws IOException {
        long length = boxes * GlyphBoxList.BYTES_PER_BOX;
        if (length > Integer.MAX_VALUE) {
            throw new IOException("too much text to keep its glyph positions (" + boxes + " characters)");
        }
        return file.map(FileChannel.MapMode.READ_ONLY, 0, length);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
