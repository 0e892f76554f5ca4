package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.Origin;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.pattern.PatternMeasureProposer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bullets a browser paints as small filled shapes, with no bullet character in the text. */
class VectorBulletsTest {
    private static final String[] ITEMS = {
        "etablere en felles innsynsportal for kommunale planer",
        "kartlegge hvilke fagsystemer fylkene bruker i dag",
        "Felles maler for elektronisk byggesøknad",
        "digitalisere eldre reguleringsplaner"};

    @Test
    void aDrawnDiscOrSquareBeforeALineReadsAsABulletAndTheItemsAsMeasures(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("drawn-bullets.pdf");
        write(pdf);
        SourceDocument document = new PdfBoxIngester().ingest(pdf);
        String text = document.page(1).text();
        assertThat(text).contains("• " + ITEMS[0]).contains("• " + ITEMS[1]).as("a square bullet").contains("▪ " + ITEMS[2])
                .as("an outlined ring, as a second-level list has").contains("○ " + ITEMS[3]);
        assertThat(text.chars().filter(c -> "•▪○□".indexOf(c) >= 0).count()).as("rules, a cell background and a corner dot are no bullets")
                .isEqualTo(4);
        int at = text.indexOf('•');
        var disc = document.page(1).glyphs().stream().filter(g -> g.charIndex() == at).findFirst().orElseThrow();
        assertThat(disc.x()).as("the disc stands where it was drawn, " + disc).isBetween(79f, 80.5f);
        assertThat(disc.height()).as("the disc.s own height, " + disc).isBetween(4f, 5f);

        List<CandidateMeasure> candidates = new PatternMeasureProposer().propose(document, List.of()).candidates();
        assertThat(candidates).filteredOn(c -> c.kind() == MeasureKind.MEASURE && c.origin() == Origin.LIST_ITEM)
                .extracting(CandidateMeasure::quote).containsExactlyInAnyOrder(ITEMS);
    }

    private static void write(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, bold, 16, 72, 720, "2 Plan og bygg");
                text(content, font, 11, 72, 690, "Arbeidet med planer og byggesaker er i dag spredt på mange systemer.");
                text(content, font, 11, 72, 662, "Regjeringen vil:");
                float y = 640;
                for (int i = 0; i < ITEMS.length; i++) {
                    if (i == 2) {
                        content.addRect(80, y + 1.5f, 4f, 4f); // a square bullet
                        content.fill();
                    } else if (i == 3) {
                        disc(content, 82, y + 3.5f, 2.2f); // a ring: outlined, not filled
                        content.stroke();
                    } else {
                        disc(content, 82, y + 3.5f, 2.2f);
                        content.fill();
                    }
                    text(content, font, 11, 92, y, ITEMS[i]);
                    y -= 20;
                }
                content.addRect(72, 520, 450, 30); // an outlined table cell: large
                content.stroke();
                content.addRect(72, 560, 450, 0.8f); // a table rule: long and thin
                content.fill();
                content.addRect(72, 480, 200, 60); // a cell background: large
                content.fill();
                content.addRect(300, 500, 0.8f, 0.8f); // a corner dot: too small
                content.fill();
                text(content, font, 11, 72, 450, "Tiltakene dekkes innenfor gjeldende rammer.");
            }
            document.save(file.toFile());
        }
    }

    /** A circle of four Bézier arcs, as browsers draw a list disc. */
    private static void disc(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String line) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(line);
        content.endText();
    }
}
