package no.tiltaksradar.trends;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a trend report as PDF with PDFBox (already the project's PDF library, so no second one): the check summary,
 * bar charts by ministry, technology, year and theme shift, and the kept findings with their citations. The Markdown
 * report stays the complete one (tables, quotes of every cited source).
 */
public final class PdfReport {
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color BAR = new Color(0x1f, 0x5f, 0xa8);
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    public byte[] render(TrendReport r) throws IOException {
        try (PDDocument pdf = new PDDocument(); Writer w = new Writer(pdf)) {
            w.text(bold, 18, "Trender i digitaliseringstiltak");
            CheckSummary s = r.summary();
            w.text(regular, 10, String.format(Locale.ROOT, "Fortellingen er skrevet av %s. %d setninger kontrollert, %d beholdt, %d merket "
                    + "som ikke støttet. Hver setning siterer tiltak eller passasjer; se Markdown-rapporten for sitatene.",
                    r.narrative().writer(), s.checked(), s.kept(), s.marked()));
            w.chart("Tiltak per departement (ellers utgiver)", r.aggregates().byMinistry());
            w.chart("Tiltak per teknologi", r.aggregates().byTechnology());
            w.chart("Tiltak per dokumentår", r.aggregates().byYear());
            if (r.themes() != null && r.themes().hasPeriods()) {
                w.themeChart(r.themes());
            }
            w.text(bold, 14, "Funn");
            for (Narrative.Section section : r.narrative().sections()) {
                List<CheckedClaim> kept = r.checked(section).stream().filter(CheckedClaim::kept).toList();
                if (!kept.isEmpty()) {
                    w.text(bold, 11, section.title());
                    kept.forEach(c -> w.text(regular, 9.5f, "• " + c.claim().text() + " " + cites(c.claim())));
                }
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static String cites(Claim claim) {
        List<String> refs = new ArrayList<>(claim.measureIds());
        claim.passages().forEach(p -> refs.add(p.fileName() + " s. " + p.page()));
        return "[" + String.join(", ", refs) + "]";
    }

    /** Lays out lines and charts top to bottom, opening a new page when one is full. */
    private final class Writer implements AutoCloseable {
        private final PDDocument pdf;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void text(PDType1Font font, float size, String text) {
            try {
                for (String line : wrap(font, size, printable(font, text))) {
                    room(size * 1.4f);
                    y -= size * 1.4f;
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset(MARGIN, y);
                    content.showText(line);
                    content.endText();
                }
                y -= size * 0.4f;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void chart(String title, Tally tally) throws IOException {
            List<Tally.Bucket> bars = tally.buckets().stream().limit(8).toList();
            if (bars.isEmpty()) {
                return;
            }
            int largest = bars.stream().mapToInt(Tally.Bucket::count).max().orElse(1);
            List<String> labels = bars.stream().map(Tally.Bucket::key).toList();
            List<Double> values = bars.stream().map(b -> (double) b.count()).toList();
            draw(title, labels, values, largest, false);
        }

        void themeChart(ThemeAnalysis t) throws IOException {
            List<String> labels = t.shifts().stream().map(s -> s.theme().label()).toList();
            List<Double> values = t.shifts().stream().map(ThemeShift::z).toList();
            double largest = values.stream().mapToDouble(Math::abs).max().orElse(1);
            draw("Temaer: log-odds z, " + t.earlyLabel() + " mot " + t.lateLabel() + " (positiv = økte)", labels, values, largest, true);
        }

        private void draw(String title, List<String> labels, List<Double> values, double largest, boolean signed) throws IOException {
            text(bold, 11, title);
            float row = 14;
            room(row * labels.size() + 6);
            float labelWidth = 170;
            float barSpace = WIDTH - labelWidth - 40;
            float zero = signed ? MARGIN + labelWidth + barSpace / 2 : MARGIN + labelWidth;
            float scale = (float) ((signed ? barSpace / 2 : barSpace) / Math.max(largest, 1e-9));
            for (int i = 0; i < labels.size(); i++) {
                y -= row;
                content.beginText();
                content.setFont(regular, 8.5f);
                content.newLineAtOffset(MARGIN, y + 3);
                content.showText(abbreviate(printable(regular, labels.get(i)), 38));
                content.endText();
                float length = (float) (values.get(i) * scale);
                content.setNonStrokingColor(BAR);
                content.addRect(length >= 0 ? zero : zero + length, y + 1, Math.abs(length), row - 4);
                content.fill();
                content.setNonStrokingColor(Color.BLACK);
                content.beginText();
                content.setFont(regular, 8.5f);
                content.newLineAtOffset(Math.max(zero, zero + length) + 4, y + 3);
                content.showText(signed ? String.format(Locale.ROOT, "%.1f", values.get(i)).replace('.', ',') : Numbers.format(values.get(i)));
                content.endText();
            }
            y -= 10;
        }

        private List<String> wrap(PDType1Font font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        @Override
        public void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    // the standard fonts encode WinAnsi: æøå and «» print, anything else (≈, subscripts) becomes '?', never an exception
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append(Character.isWhitespace(cp) ? " " : "?");
            }
        });
        return out.toString();
    }
}
