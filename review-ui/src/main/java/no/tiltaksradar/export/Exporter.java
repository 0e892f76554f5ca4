package no.tiltaksradar.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one export in one file format.
 *
 * @see Export what every format receives: rows, their columns and the filters that chose them
 */
public interface Exporter {

    /** The format's name in URLs and file names, e.g. {@code csv}. */
    String format();

    /** The media type the file is served as. */
    String mediaType();

    /**
     * Writes the whole export to {@code out}. The caller owns the stream and closes it; this method only flushes it.
     *
     * @throws IOException when the stream cannot be written
     */
    void write(Export export, OutputStream out) throws IOException;
}
