package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.List;

/** Joins lines into one block text with whitespace collapsed, keeping for every character the document offset it came from. */
final class BlockText {
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> offsets = new ArrayList<>();
    private int lastEnd = -1;

    /** Appends the line from {@code skip} characters on; lines join with a space unless the ingester undid a hyphenation between them. */
    void append(LayoutLine line, int skip) {
        int start = line.start() + skip;
        boolean joined = lastEnd == start;
        if (lastEnd >= 0 && !joined) {
            appendChar(' ', start);
        }
        String lineText = line.text().substring(Math.min(skip, line.text().length()));
        for (int i = 0; i < lineText.length(); i++) {
            appendChar(lineText.charAt(i), start + i);
        }
        lastEnd = line.end();
    }

    private void appendChar(char c, int offset) {
        boolean space = Character.isWhitespace(c);
        if (space && (text.isEmpty() || text.charAt(text.length() - 1) == ' ')) {
            return;
        }
        text.append(space ? ' ' : c);
        offsets.add(offset);
    }

    String text() {
        return text.substring(0, trimmedLength());
    }

    int[] offsets() {
        return offsets.subList(0, trimmedLength()).stream().mapToInt(Integer::intValue).toArray();
    }

    private int trimmedLength() {
        int length = text.length();
        while (length > 0 && text.charAt(length - 1) == ' ') {
            length--;
        }
        return length;
    }
}
