package no.tiltaksradar.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.language.ListMarker;

/**
 * One layout block: a heading, a paragraph, a list item, a box label or a table, with its text
 * (whitespace collapsed, list marker left out) and, for every character of that text, the
 * document offset it came from, so a quote cut from it maps straight back to the page.
 *
 * @param offsets document offset of each character of {@code text} (empty for a table)
 * @param sectionPath headings from the outermost to the nearest one above; labels never enter it
 * @param context what governs this block: the nearest lead-in ("Regjeringen vil:"), box label ("Mål") or heading above
 * @param marker the list marker of a list item, else null
 * @param depth nesting of a list item: 0 at the outermost level
 * @param numbered whether a bare number line ("2") stands right above the paragraph, as main goals are often set
 * @param fields labelled lines attached to an item ("Ansvar: NVE", "Frist: 2026"), label to value
 * @param table the table of a {@link Kind#TABLE} block, else null
 * @param lines the visual lines (or, in a table, the cell pieces) the block was read from
 */
public record Block(Kind kind, String text, int[] offsets, List<String> sectionPath, String context, ListMarker marker,
                    int depth, boolean numbered, Map<String, String> fields, Table table, List<LayoutLine> lines) {

    /** What a block is on the page. */
    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, LEAD_IN, LABEL, TABLE }

    public Block {
        sectionPath = List.copyOf(sectionPath);
        // in the order the page states them: Map.copyOf iterates in an order that changes from run to run,
        // and two columns of one role (two responsible columns) must list their names the same way every time
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(kind + " block without lines");
        }
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }

    public boolean isListItem() {
        return kind == Kind.LIST_ITEM;
    }

    /** The nearest heading above, or the heading itself; "" before the first heading. */
    public String section() {
        return sectionPath.isEmpty() ? "" : sectionPath.get(sectionPath.size() - 1);
    }

    public int page() {
        return lines.get(0).page();
    }

    public int pageEnd() {
        return lines.stream().mapToInt(LayoutLine::page).max().orElseThrow();
    }

    /** Offset of the block's first character in the document text. */
    public int start() {
        return lines.stream().mapToInt(LayoutLine::start).min().orElseThrow();
    }

    /** Offset one past the block's last character in the document text. */
    public int end() {
        return lines.stream().mapToInt(LayoutLine::end).max().orElseThrow();
    }

    /** Document offset of the character at {@code index} of the text. */
    public int offsetAt(int index) {
        return offsets[index];
    }

    /** The same block with the fields of a field line under it; the line joins its lines but not its text. */
    Block withFields(Map<String, String> more, LayoutLine fieldLine) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putAll(more);
        List<LayoutLine> withLine = new ArrayList<>(lines);
        withLine.add(fieldLine);
        return new Block(kind, text, offsets, sectionPath, context, marker, depth, numbered, all, table, withLine);
    }
}
