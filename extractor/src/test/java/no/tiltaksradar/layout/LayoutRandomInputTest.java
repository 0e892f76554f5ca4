package no.tiltaksradar.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.FixturePdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random pages of headings, prose, bullets and tables through ingest and layout: the block invariants always hold. */
class LayoutRandomInputTest {
    private static final String[] WORDS = {"data", "kommune", "skal", "etablere", "felles", "løsning", "Tiltak", "Mål", "innen",
        "2027", "•", "–", "Ansvar:", "Frist:", "vil", "være", "Regjeringen", "i.", "1.", "a)", "Status", "øke", "åpne", "Hva"};

    @TempDir
    Path dir;

    @Test
    void randomDocumentsKeepTheBlockInvariants() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 25; round++) {
            SourceDocument document = new PdfBoxIngester().ingest(randomPdf(random).save(dir, "tilfeldig-" + round + ".pdf"));
            String text = document.text();
            for (Block block : new LayoutReader().read(document)) {
                assertThat(block.page()).isBetween(1, document.pages().size());
                assertThat(block.start()).isBetween(0, block.end());
                assertThat(block.end()).isLessThanOrEqualTo(text.length());
                for (int i = 0; i < block.text().length(); i++) {
                    char c = block.text().charAt(i);
                    if (!Character.isWhitespace(c)) {
                        assertThat(text.charAt(block.offsetAt(i))).as("char %d of %s", i, block.text()).isEqualTo(c);
                    }
                }
            }
        }
    }

    private static FixturePdf randomPdf(Random random) {
        FixturePdf pdf = new FixturePdf();
        for (int item = 0; item < 6 + random.nextInt(10); item++) {
            switch (random.nextInt(6)) {
                case 0 -> pdf.heading(words(random, 4));
                case 1 -> pdf.bold(words(random, 2));
                case 2 -> pdf.row(new float[] {FixturePdf.MARGIN, 300, 450}, random.nextBoolean(),
                        List.of(List.of(words(random, 5), words(random, 4)), List.of(words(random, 2)), List.of(words(random, 1))));
                case 3 -> pdf.gap();
                case 4 -> {
                    if (random.nextInt(4) == 0) {
                        pdf.page();
                    }
                }
                default -> pdf.line(FixturePdf.MARGIN + random.nextInt(3) * 12, false, words(random, 9));
            }
        }
        return pdf;
    }

    private static String words(Random random, int most) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(most); i++) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", words);
    }
}
