package no.tiltaksradar.cli;

/**
 * Makes text from a document or a file name safe to print: control characters (C0, DEL, C1, so
 * ESC and CSI too), bidirectional overrides and line separators are written as {@code \\uXXXX}.
 * A PDF title can then neither clear the screen, move the cursor, nor start a fake line of its own.
 * The escape is valid inside a JSON string, so JSON output stays parseable.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** For one value inside a line (a title, a file name, a message): every control character escaped, newlines too. */
    public static String escape(String text) {
        return text == null ? null : escape(text, false);
    }

    /** For a whole printed block: line breaks and tabs stay, everything else that steers a terminal is escaped. */
    static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = !isUnsafe(c) || keepLines && (c == '\n' || c == '\t');
            if (!kept && safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (safe != null) {
                if (kept) {
                    safe.append(c);
                } else {
                    safe.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return safe == null ? text : safe.toString();
    }

    static boolean isUnsafe(char c) {
        return Character.getType(c) == Character.CONTROL // C0 incl. ESC, CR, LF, DEL and C1 incl. CSI
                || c >= '\u202a' && c <= '\u202e' // bidi embeddings and overrides: reorder what the reader sees
                || c >= '\u2066' && c <= '\u2069' // bidi isolates
                || c == '\u200e' || c == '\u200f' || c == '\u061c'
                || c == '\u2028' || c == '\u2029'; // line and paragraph separators
    }
}
