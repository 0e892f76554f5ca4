package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;

/** Runs where tesseract with Norwegian is installed, as .ci/run does. */
class TesseractOcrEngineTest {

    @Test
    void scannedPagesAreReadByOcrPageByPageAndMarkedAsOcr() throws Exception {
        Optional<OcrEngine> ocr = TesseractOcrEngine.ifInstalled("nor");
        assumeTrue(ocr.isPresent(), "tesseract with Norwegian is not installed");
        SourceDocument document = FormatDetectingIngester.withDefaults(ocr.get()).ingest(CorpusFixtures.bad("scanned-image-only.pdf"));
        assertThat(document.pages()).hasSize(3);
        assertThat(document.metadata().ocr()).isTrue();
        assertThat(document.page(1).text()).contains("miljøsektoren");
        assertThat(document.page(2).text()).containsIgnoringCase("strategien");
    }
}
