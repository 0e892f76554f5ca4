package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import no.tiltaksradar.model.SourceDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FootnoteMarkersTest {
    @TempDir
    Path dir;

    /** One line: a word, then a marker in the given size and rise, then ordinary text with a number. */
    private SourceDocument ingestLine(float markerSize, float rise) throws Exception {
        Path file = dir.resolve("footnote.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showText("Tiltaket styrker gjennomføringskraft");
                content.setFont(font, markerSize);
                content.setTextRise(rise);
                content.showText("2");
                content.setFont(font, 12);
                content.setTextRise(0);
                content.showText(" etter ISO 27001 innen 2025.");
                content.endText();
            }
            pdf.save(file.toFile());
        }
        return new PdfBoxIngester().ingest(file);
    }

    @Test
    void smallRaisedDigitAfterAWordIsKeptOutOfTheWord() throws Exception {
        SourceDocument document = ingestLine(7, 4);
        assertThat(document.text()).contains("gjennomføringskraft etter ISO 27001 innen 2025.");
        // no glyph box is left pointing at a character that is no longer there
        assertThat(document.pages().get(0).glyphs()).allSatisfy(g -> assertThat(g.charIndex()).isLessThan(document.text().length()));
    }

    @Test
    void digitPrintedLikeTheTextAroundItStays() throws Exception {
        assertThat(ingestLine(12, 0).text()).contains("gjennomføringskraft2 etter ISO 27001 innen 2025.");
    }

    @Test
    void raisedDigitOfTheSameSizeIsAMarkerToo() throws Exception {
        assertThat(ingestLine(12, 5).text()).contains("gjennomføringskraft etter");
    }
}
