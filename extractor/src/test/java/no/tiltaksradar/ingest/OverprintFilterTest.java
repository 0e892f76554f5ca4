package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import no.tiltaksradar.model.SourceDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverprintFilterTest {

    @Test
    void theSameCharacterWithinAThirdOfItsWidthIsARepeat() {
        OverprintFilter filter = new OverprintFilter();
        assertThat(filter.isRepeat("a", 100f, 200f, 6f)).isFalse();
        assertThat(filter.isRepeat("a", 101.9f, 200.5f, 6f)).as("within 2 units both ways").isTrue();
        assertThat(filter.isRepeat("b", 100f, 200f, 6f)).as("another character").isFalse();
        assertThat(filter.isRepeat("a", 98f, 200f, 6f)).as("[96, 100): the upper bound is open, as in a TreeMap subMap").isFalse();
        assertThat(filter.isRepeat("a", 104f, 200f, 6f)).as("[102, 106) holds neither 100 nor 98").isFalse();
        assertThat(filter.isRepeat("a", 100f, 230f, 6f)).as("the next line").isFalse();
    }

    @Test
    void eachPageStartsAfresh() {
        OverprintFilter filter = new OverprintFilter();
        filter.isRepeat("a", 100f, 200f, 6f);
        filter.clear();
        assertThat(filter.isRepeat("a", 100f, 200f, 6f)).isFalse();
    }

    @Test
    void aHugeOrEndlessToleranceIsAnsweredByScanning() {
        OverprintFilter filter = new OverprintFilter();
        filter.isRepeat("", 100f, 200f, 6f);
        assertThat(filter.isRepeat("", 5000f, -3000f, 6f)).as("an empty glyph text makes the tolerance infinite").isTrue();
        filter.isRepeat("w", 0f, 0f, 1f);
        assertThat(filter.isRepeat("w", 600f, 600f, 3000f)).isTrue();
    }

    @Test
    void aNegativeWidthFailsAsInPdfBox() {
        assertThatThrownBy(() -> new OverprintFilter().isRepeat("a", 1f, 1f, -3f)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overprintedBoldTextIsReadOnce(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("overprint.pdf");
        writeOverprinted(pdf, new Random(13), false);
        SourceDocument document = new PdfBoxIngester().ingest(pdf);
        assertThat(document.text().split("Fylket skal lage en plan", -1)).as("the line once").hasSize(2);
        assertThat(document.text().split("Etaten vil styrke tilsynet", -1)).hasSize(2);
    }

    @Test
    void dropsExactlyWhatPdfBoxsOwnRuleDrops(@TempDir Path dir) throws Exception {
        for (int seed = 0; seed < 20; seed++) {
            Path pdf = dir.resolve("jitter-" + seed + ".pdf");
            writeOverprinted(pdf, new Random(seed), true);
            String ours = squeeze(new PdfBoxIngester().ingest(pdf).text());
            assertThat(ours).as("seed " + seed).isEqualTo(squeeze(pdfBoxText(pdf)));
        }
    }

    /** Every line painted two or three times, the copies shifted by up to a unit or (when wide) now and then by a whole glyph. */
    private static void writeOverprinted(Path file, Random random, boolean wide) throws IOException {
        String[] lines = {"Fylket skal lage en plan for sykkelveger", "Kommunane skal kartleggje bygg", "Etaten vil styrke tilsynet"};
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < lines.length; i++) {
                    int copies = 2 + random.nextInt(2);
                    for (int copy = 0; copy < copies; copy++) {
                        float shift = wide && random.nextInt(5) == 0 ? 4f + random.nextFloat() * 4f : random.nextFloat();
                        content.beginText();
                        content.setFont(font, 12);
                        content.newLineAtOffset(72 + shift, 700 - 40 * i + random.nextFloat() * 0.5f);
                        content.showText(lines[i]);
                        content.endText();
                    }
                }
            }
            document.save(file.toFile());
        }
    }

    private static String pdfBoxText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setSuppressDuplicateOverlappingText(true);
            stripper.setAddMoreFormatting(false);
            return stripper.getText(document);
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
