package no.tiltaksradar.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The command line's stdout and stderr: every character passes {@link TerminalText} on its way
 * out, so no printer can forget it. Line breaks written by the printers themselves stay; a value
 * that could hold a line break of its own is escaped with {@link TerminalText#escape} first.
 */
public final class TerminalWriter extends FilterWriter {

    private TerminalWriter(Writer out) {
        super(out);
    }

    /** A self-flushing writer on {@code stream} that escapes what could steer the terminal. */
    public static PrintWriter around(PrintStream stream) {
        return new PrintWriter(new TerminalWriter(new OutputStreamWriter(stream, stream.charset())), true);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(TerminalText.escapeKeepingLines(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(TerminalText.escapeKeepingLines(new String(buffer, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(TerminalText.escapeKeepingLines(text.substring(offset, offset + length)));
    }
}
