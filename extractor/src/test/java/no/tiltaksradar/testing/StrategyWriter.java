package no.tiltaksradar.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.tiltaksradar.evaluate.GoldRecord;
import no.tiltaksradar.model.MeasureKind;

/**
 * Writes a strategy PDF and its gold at the same time: every measure or goal is annotated where it
 * is set, so the gold page is the physical page the text lands on and the gold quote is exactly the
 * text set (list marker left out), as corpus/ANNOTATION.md asks. Sentences of a paragraph prefixed
 * "M|" are measures, "G|" goals; anything else is text the gold leaves out.
 */
public final class StrategyWriter {
    private static final float ITEM_HANG = 14f;
    private static final float BOX_INDENT = 12f;

    private final String name;
    private final FixturePdf pdf = new FixturePdf();
    private final List<GoldRecord> gold = new ArrayList<>();
    private String section = "";
    private float[] columns = {};

    public StrategyWriter(String name) {
        this.name = name;
    }

    public LayoutFixtures.Fixture fixture() {
        return new LayoutFixtures.Fixture(name, pdf, List.copyOf(gold));
    }

    public FixturePdf pdf() {
        return pdf;
    }

    /** A new physical page with a running header and, when given, its printed label in the footer. */
    public StrategyWriter page(String header, String label) {
        pdf.page();
        if (header != null) {
            pdf.runningHeader(header);
        }
        if (label != null) {
            pdf.footer(label);
        }
        return this;
    }

    public StrategyWriter heading(String text) {
        pdf.heading(text);
        section = text;
        return this;
    }

    public StrategyWriter gap() {
        pdf.gap();
        return this;
    }

    /** A bold caption at body size: a box label or a lead-in set apart. */
    public StrategyWriter caption(String text) {
        pdf.bold(text);
        return this;
    }

    /** One paragraph of sentences; "M|" and "G|" mark the measures and goals among them. */
    public StrategyWriter para(String... sentences) {
        List<String> plain = new ArrayList<>();
        for (String sentence : sentences) {
            plain.add(annotate(sentence));
        }
        pdf.paragraph(0, false, String.join(" ", plain));
        pdf.gap();
        return this;
    }

    /** A bulleted item; "M|"/"G|" as in {@link #para}. */
    public StrategyWriter bullet(String text) {
        pdf.item(0, "•", ITEM_HANG, annotate(text));
        return this;
    }

    /**
     * A bulleted item broken over a page: its first lines at the foot of this page, the rest at the
     * top of the next (with that page's running header and label). The gold quote is the whole item,
     * on the page of its first word.
     */
    public StrategyWriter bulletOverPage(MeasureKind kind, String first, String rest, String header, String label) {
        if (kind != null) {
            record(kind, first + " " + rest);
        }
        pdf.item(0, "•", ITEM_HANG, first);
        page(header, label);
        pdf.paragraph(ITEM_HANG, false, rest);
        return this;
    }

    /**
     * A measure sentence set at the foot of the left column that runs on at the top of the right
     * one, as two-column pages break running text; the gold quote is the whole sentence.
     */
    public StrategyWriter measureOverColumn(String first, String rest) {
        record(MeasureKind.MEASURE, first + " " + rest);
        pdf.paragraph(0, false, first);
        pdf.nextColumn();
        pdf.paragraph(0, false, rest);
        pdf.gap();
        return this;
    }

    /** Annotates a goal set by hand on the page (an inline label such as "Mål:" before it). */
    public StrategyWriter markGoal(String quote) {
        record(MeasureKind.GOAL, quote);
        return this;
    }

    /** Several bulleted items, then a gap. */
    public StrategyWriter bullets(String... items) {
        Arrays.stream(items).forEach(this::bullet);
        return gap();
    }

    /** A run-in numbered item ("Tiltak 3", "T1.2") whose text starts beside its label. */
    public StrategyWriter runIn(String label, float hang, String text) {
        pdf.item(0, label, hang, annotate(text));
        return this;
    }

    /** A line of field labels under an item ("Ansvar: ... Frist: ..."). */
    public StrategyWriter fields(String line) {
        pdf.line(pdf.left(), false, line);
        return gap();
    }

    /** A box: a rule, a bold caption, its paragraphs or bullets indented, a rule. */
    public StrategyWriter box(String caption, boolean bulleted, String... entries) {
        float x1 = pdf.left();
        float x2 = pdf.left() + pdf.columnWidth();
        pdf.gap().rule(x1, x2);
        pdf.bold(caption);
        for (String entry : entries) {
            if (bulleted) {
                pdf.item(BOX_INDENT, "•", ITEM_HANG, annotate(entry));
            } else {
                pdf.paragraph(BOX_INDENT, false, annotate(entry));
            }
        }
        pdf.gap().rule(x1, x2);
        return gap();
    }

    /** Starts a table: column edges relative to the column's left edge, and the bold header row. */
    public StrategyWriter table(float[] relativeColumns, String... header) {
        columns = new float[relativeColumns.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = pdf.left() + relativeColumns[i];
        }
        return row(null, -1, true, header);
    }

    /** Goes on with a table on a new page without repeating its header, as many plans print them. */
    public StrategyWriter continueTable(float[] relativeColumns) {
        columns = new float[relativeColumns.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = pdf.left() + relativeColumns[i];
        }
        return this;
    }

    /** A table row; the cell at {@code itemColumn} is annotated as {@code kind} when kind is not null. */
    public StrategyWriter row(MeasureKind kind, int itemColumn, String... cells) {
        return row(kind, itemColumn, false, cells);
    }

    /** A ruling line under the last row, across the table. */
    public StrategyWriter ruled() {
        pdf.rule(columns[0], pdf.left() + pdf.columnWidth());
        return this;
    }

    private StrategyWriter row(MeasureKind kind, int itemColumn, boolean bold, String... cells) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            float right = c + 1 < columns.length ? columns[c + 1] : pdf.left() + pdf.columnWidth();
            List<String> lines = FixturePdf.wrap(cells[c], right - columns[c] - 10, bold);
            float room = right - columns[c] - 4;
            boolean last = c + 1 == cells.length; // the last column may run into the margin, no cell follows it
            if (!last && lines.stream().anyMatch(l -> FixturePdf.textWidth(l) > room)) {
                throw new IllegalStateException("cell text overruns its column: " + cells[c]); // a fixture fault, not a layout to read
            }
            wrapped.add(lines);
        }
        if (kind != null) {
            record(kind, cells[itemColumn]);
        }
        pdf.row(columns, bold, wrapped);
        return this;
    }

    private String annotate(String text) {
        if (text.startsWith("M|")) {
            record(MeasureKind.MEASURE, text.substring(2));
            return text.substring(2);
        }
        if (text.startsWith("G|")) {
            record(MeasureKind.GOAL, text.substring(2));
            return text.substring(2);
        }
        return text;
    }

    private void record(MeasureKind kind, String quote) {
        gold.add(new GoldRecord(name + "-" + (gold.size() + 1), kind, quote.strip().replaceAll("\\s+", " "), section,
                pdf.pageNumber(), name + ".pdf", null));
    }
}
