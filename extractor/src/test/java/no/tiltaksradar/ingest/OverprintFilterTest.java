package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void positionsOffThePageAreStillCompared() {
        OverprintFilter filter = new OverprintFilter();
        filter.clear(600f, 800f);
        assertThat(filter.isRepeat("a", -50f, 2000f, 6f)).isFalse();
        assertThat(filter.isRepeat("a", -49f, 2000.5f, 6f)).as("left of and below the page").isTrue();
        assertThat(filter.isRepeat("a", 5000f, -10f, 6f)).isFalse();
        assertThat(filter.isRepeat("a", 5001f, -10f, 6f)).as("right of and above the page").isTrue();
        assertThat(filter.isRepeat("a", 5000f, 2000f, 6f)).as("the same column off the page, another row").isFalse();
    }

    /** The grid must answer exactly as comparing with every earlier glyph of the page would, wherever glyphs fall. */
    @Test
    void answersAsAScanOfEveryEarlierGlyphDoes() {
        Random random = new Random(7);
        OverprintFilter filter = new OverprintFilter();
        String[] characters = {"a", "e", "ø", "fi", " "};
        for (int page = 0; page < 30; page++) {
            float side = page % 3 == 0 ? 300f : 200f + random.nextFloat() * 3000f;
            filter.clear(side, side);
            List<float[]> shown = new ArrayList<>();
            List<String> shownText = new ArrayList<>();
            for (int glyph = 0; glyph < 2000; glyph++) {
                String text = characters[random.nextInt(characters.length)];
                float x = -200f + random.nextFloat() * (side + 400f);
                float y = -200f + random.nextFloat() * (side + 400f);
                if (!shown.isEmpty() && random.nextInt(3) == 0) { // a copy painted a hair beside an earlier glyph
                    int earlier = random.nextInt(shown.size());
                    text = shownText.get(earlier);
                    x = shown.get(earlier)[0] + (random.nextFloat() - 0.5f) * 4f;
                    y = shown.get(earlier)[1] + (random.nextFloat() - 0.5f) * 4f;
                }
                float width = random.nextInt(50) == 0 ? 400f : 2f + random.nextFloat() * 8f;
                boolean expected = scanFindsRepeat(shown, shownText, text, x, y, width);
                assertThat(filter.isRepeat(text, x, y, width)).as("page %d glyph %d", page, glyph).isEqualTo(expected);
                if (!expected) {
                    shown.add(new float[] {x, y});
                    shownText.add(text);
                }
            }
        }
    }

    private static boolean scanFindsRepeat(List<float[]> shown, List<String> shownText, String text, float x, float y, float width) {
        float tolerance = width / text.length() / 3.0f;
        for (int i = 0; i < shown.size(); i++) {
            float[] p = shown.get(i);
            if (shownText.get(i).equals(text) && Float.compare(p[0], x - tolerance) >= 0 && Float.compare(p[0], x + tolerance) < 0
                    && Float.compare(p[1], y - tolerance) >= 0 && Float.compare(p[1], y + tolerance) < 0) {
                return true;
            }
        }
        return false;
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
