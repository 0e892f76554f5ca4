package no.tiltaksradar.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Jackson closes the stream it writes to; the exporter's caller owns the stream, so this one only flushes. */
final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
