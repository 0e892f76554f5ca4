package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.tiltaksradar.model.TextSpan;

/**
 * Groups lines into list items and paragraphs the way the layout shows them: a marker starts an
 * item, a hanging indent continues it; a paragraph runs on at line spacing and ends at a gap,
 * a first-line indent, a heading or a lead-in ending in a colon.
 */
final class UnitReader {
    /** more vertical space than this many font sizes between lines is a paragraph gap */
    private static final float PARAGRAPH_GAP = 1.35f;
    private static final float INDENT = 4f;
    private static final int MAX_LEAD_IN = 120;

    private final List<TextUnit> units = new ArrayList<>();
    private UnitBuilder current;
    private LayoutLine previous;
    private String section = "";
    private String context = "";
    private boolean afterBareNumber;

    List<TextUnit> read(List<LayoutLine> lines) {
        for (LayoutLine line : lines) {
            accept(line);
            previous = line;
        }
        close();
        return List.copyOf(units);
    }

    private void accept(LayoutLine line) {
        String text = line.text().strip();
        boolean afterBareNumber = this.afterBareNumber;
        this.afterBareNumber = false;
        if (line.isHeading()) {
            close();
            section = text;
            context = text;
            return;
        }
        Optional<ListMarker> marker = ListMarker.at(line.text());
        if (marker.isPresent()) {
            close();
            current = new UnitBuilder(marker.get(), line, section, context, false);
        } else if (current != null && continues(line)) {
            current.add(line);
        } else {
            close();
            if (text.endsWith(":") && text.length() <= MAX_LEAD_IN) {
                context = text; // "Regjeringen vil:" governs the list that follows
            } else if (text.matches("\\d{1,3}")) {
                afterBareNumber = true; // a bare number set above a main goal
                return;
            } else {
                context = section; // prose ends whatever list a lead-in introduced
                current = new UnitBuilder(null, line, section, context, afterBareNumber);
            }
        }
    }

    private boolean continues(LayoutLine line) {
        boolean sameColumnNextLine = line.page() == previous.page() && line.y() > previous.y()
                && line.y() - previous.y() <= previous.fontSize() * PARAGRAPH_GAP;
        boolean flowsOn = line.page() != previous.page() || line.y() < previous.y(); // next page or column
        if (current.isListItem()) {
            boolean hanging = line.x() > current.markerX() + INDENT;
            return (sameColumnNextLine || flowsOn) && (hanging || !endsSentence(previous.text()));
        }
        if (sameColumnNextLine) {
            return line.x() <= previous.x() + INDENT; // a first-line indent starts a new paragraph
        }
        return flowsOn && !endsSentence(previous.text());
    }

    private static boolean endsSentence(String text) {
        return text.strip().matches(".*[.!?:»”\"]$");
    }

    private void close() {
        if (current != null) {
            units.add(current.build());
            current = null;
        }
    }

    /** Collects the lines of one unit, keeping for every character of its text the document offset it came from. */
    private static final class UnitBuilder {
        private final ListMarker marker;
        private final boolean numbered;
        private final float markerX;
        private final String section;
        private final String context;
        private final List<TextSpan> spans = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> offsets = new ArrayList<>();

        UnitBuilder(ListMarker marker, LayoutLine first, String section, String context, boolean numbered) {
            this.numbered = numbered;
            this.marker = marker;
            this.markerX = first.x();
            this.section = section;
            this.context = context;
            appendLine(first, marker == null ? 0 : marker.length());
        }

        boolean isListItem() {
            return marker != null;
        }

        float markerX() {
            return markerX;
        }

        void add(LayoutLine line) {
            appendLine(line, 0);
        }

        /** Lines join with a space, except where the ingester undid a hyphenation and the word runs straight on. */
        private void appendLine(LayoutLine line, int skip) {
            TextSpan span = new TextSpan(line.start() + skip, line.end());
            boolean joined = !spans.isEmpty() && spans.get(spans.size() - 1).end() == span.start();
            if (!spans.isEmpty() && !joined) {
                appendChar(' ', span.start());
            }
            spans.add(span);
            String lineText = line.text().substring(skip);
            for (int i = 0; i < lineText.length(); i++) {
                appendChar(lineText.charAt(i), span.start() + i);
            }
        }

        private void appendChar(char c, int offset) {
            boolean space = Character.isWhitespace(c);
            if (space && (text.isEmpty() || text.charAt(text.length() - 1) == ' ')) {
                return;
            }
            text.append(space ? ' ' : c);
            offsets.add(offset);
        }

        TextUnit build() {
            int length = text.length();
            while (length > 0 && text.charAt(length - 1) == ' ') {
                length--;
            }
            int[] map = offsets.subList(0, length).stream().mapToInt(Integer::intValue).toArray();
            return new TextUnit(marker, spans, text.substring(0, length), map, section, context, markerX, numbered);
        }
    }
}
