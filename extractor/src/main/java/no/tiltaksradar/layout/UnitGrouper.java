package no.tiltaksradar.layout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.language.ListMarker;

/**
 * Groups body lines into list items and paragraphs the way the layout shows them: a marker starts
 * an item, a hanging indent continues it; a paragraph runs on at line spacing and ends at a gap, a
 * first-line indent or a lead-in ending in a colon. Used for the page flow and inside table cells.
 */
final class UnitGrouper {
    /** more vertical space than this many font sizes between lines is a paragraph gap */
    private static final float PARAGRAPH_GAP = 1.35f;
    private static final float INDENT = 4f;
    private static final int MAX_LEAD_IN = 120;
    /** how many font sizes above a statement its number may stand */
    private static final float NUMBER_ABOVE = 3f;

    private final List<Block> out;
    private final Deque<Float> openMarkers = new ArrayDeque<>();
    private UnitBuilder current;
    private LayoutLine previous;
    private List<String> sectionPath = List.of();
    private String governing = "";
    private String leadIn;
    private boolean afterBareNumber;
    private int unitsSinceGovern;

    UnitGrouper(List<Block> out) {
        this.out = out;
    }

    /** A heading, box caption or table governs what follows until the next one; it also ends any list. */
    void govern(List<String> path, String context) {
        close();
        sectionPath = path;
        governing = context;
        leadIn = null;
        openMarkers.clear();
        previous = null;
        unitsSinceGovern = 0;
    }

    void accept(LayoutLine line) {
        String text = line.text().strip();
        boolean numberAbove = afterBareNumber && standsRightAbove(previous, line);
        afterBareNumber = false;
        Optional<ListMarker> marker = ListMarker.at(line.text()).or(() -> numberSetApart(line));
        if (marker.isPresent()) {
            close();
            current = new UnitBuilder(Block.Kind.LIST_ITEM, marker.get(), line, sectionPath, itemContext(marker.get()), depthOf(line.x()),
                    false);
        } else if (current != null && continues(line)) {
            current.add(line);
        } else {
            close();
            if (text.endsWith(":") && text.length() <= MAX_LEAD_IN) {
                leadIn = text; // "Regjeringen vil:" governs the list that follows
                openMarkers.clear();
                out.add(single(Block.Kind.LEAD_IN, line));
            } else if (text.matches("\\d{1,3}")) {
                afterBareNumber = true; // a bare number set above a main goal
            } else {
                leadIn = null; // prose ends whatever list a lead-in introduced
                openMarkers.clear();
                // a caption governs the statement right under it; later prose speaks for the section again
                String context = unitsSinceGovern == 0 ? governing : sectionContext();
                current = new UnitBuilder(Block.Kind.PARAGRAPH, null, line, sectionPath, context, 0, numberAbove);
            }
        }
        previous = line;
    }

    /** Attaches "Ansvar: ..."/"Frist: ..." to the item above; the field line ends that item and stays among its lines for the chunks. */
    void attachFields(Map<String, String> fields, LayoutLine line) {
        close();
        Block last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && (last.kind() == Block.Kind.LIST_ITEM || last.kind() == Block.Kind.PARAGRAPH)) {
            out.set(out.size() - 1, last.withFields(fields, line));
        } else {
            out.add(single(Block.Kind.PARAGRAPH, line)); // nothing above to belong to: text like any other
        }
        previous = line;
    }

    void close() {
        if (current != null) {
            out.add(current.build());
            current = null;
            unitsSinceGovern++;
        }
    }

    private String context() {
        return leadIn != null ? leadIn : governing;
    }

    /**
     * A line whose first part is a bare number ("1", "2.3") cut off by a wide gap (see LineReader)
     * is a numbered item even where the extracted text shows one space: the typesetting, not the
     * text, sets a list number apart from its item.
     */
    private static Optional<ListMarker> numberSetApart(LayoutLine line) {
        List<LayoutLine> parts = line.parts();
        if (parts.size() < 2 || !parts.get(0).text().strip().matches("\\d{1,2}(?:\\.\\d{1,2})*\\.?")) {
            return Optional.empty();
        }
        return Optional.of(new ListMarker(parts.get(0).text().strip(), ListMarker.Style.NUMBER, parts.get(1).start() - line.start()));
    }

    /**
     * A number that numbers a statement stands right above it, within a few lines, in the same
     * column. A page number the content stream happens to draw before the body (a footer at the
     * foot of the page, read first) stands nowhere near the statement and numbers the page.
     */
    private static boolean standsRightAbove(LayoutLine number, LayoutLine line) {
        return number != null && number.page() == line.page() && line.y() > number.y()
                && line.y() - number.y() <= NUMBER_ABOVE * line.fontSize() && Math.abs(line.x() - number.x()) <= NUMBER_ABOVE * line.fontSize();
    }

    private String sectionContext() {
        return sectionPath.isEmpty() ? "" : sectionPath.get(sectionPath.size() - 1);
    }

    /**
     * A run-in item ("T1.2", "Tiltak 3") carries its own caption. Set after the statement a box
     * caption governed ("Mål" and its sentence), it stands outside the box: the box holds one
     * statement in prose, and a new item with a caption of its own is a new part of the section,
     * as a second paragraph after a caption already is. The box stays closed for the items after it.
     */
    private String itemContext(ListMarker marker) {
        boolean afterBoxStatement = marker.style() == ListMarker.Style.RUN_IN && leadIn == null && unitsSinceGovern > 0
                && !out.isEmpty() && out.get(out.size() - 1).kind() == Block.Kind.PARAGRAPH;
        if (afterBoxStatement) {
            governing = sectionContext();
        }
        return context();
    }

    private Block single(Block.Kind kind, LayoutLine line) {
        return new UnitBuilder(kind, null, line, sectionPath, context(), 0, false).build();
    }

    /** Markers further right than an open item's marker nest under it. */
    private int depthOf(float x) {
        while (!openMarkers.isEmpty() && x <= openMarkers.peek() + INDENT) {
            openMarkers.pop();
        }
        int depth = openMarkers.size();
        openMarkers.push(x);
        return depth;
    }

    private boolean continues(LayoutLine line) {
        boolean sameColumnNextLine = line.page() == previous.page() && line.y() > previous.y()
                && line.y() - previous.y() <= previous.fontSize() * PARAGRAPH_GAP;
        boolean flowsOn = line.page() != previous.page() || line.y() < previous.y(); // next page or column
        if (current.marker() != null) {
            boolean hanging = line.x() > current.x() + INDENT;
            // a run-in item ("Tiltak 3  ...") wraps to the margin, so a line right below belongs to it whatever it ends with
            boolean runIn = current.marker().style() == ListMarker.Style.RUN_IN && sameColumnNextLine;
            return runIn || (sameColumnNextLine || flowsOn) && (hanging || !endsSentence(previous.text()));
        }
        if (line.bold() != previous.bold() || Math.abs(line.fontSize() - previous.fontSize()) > 0.5f) {
            return false; // a bold statement in a box and the body text under it are two paragraphs
        }
        if (sameColumnNextLine) {
            return line.x() <= previous.x() + INDENT; // a first-line indent starts a new paragraph
        }
        return flowsOn && !endsSentence(previous.text());
    }

    private static boolean endsSentence(String text) {
        return text.strip().matches(".*[.!?:»”\"]$");
    }
}
