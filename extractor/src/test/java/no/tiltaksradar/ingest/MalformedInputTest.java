package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import no.tiltaksradar.ingest.IngestException.Reason;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.CorpusFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each file of corpus/bad gets the behaviour its README asks for. */
class MalformedInputTest {
    private final DocumentIngester ingester = FormatDetectingIngester.withDefaults(OcrEngine.NONE);

    @Test
    void userPasswordIsNeverGuessed() {
        assertFails("encrypted-user-password.pdf", Reason.PASSWORD_REQUIRED, "encrypted-user-password.pdf: password required");
    }

    @Test
    void ownerPasswordOnlyOpensWithTheSameTextAsTheOriginal() throws Exception {
        SourceDocument restricted = ingester.ingest(CorpusFixtures.bad("owner-password-only.pdf"));
        SourceDocument original = ingester.ingest(CorpusFixtures.pdf("miljo"));
        assertThat(restricted.pages()).hasSameSizeAs(original.pages());
        assertThat(restricted.text()).isEqualTo(original.text());
        assertThat(restricted.metadata().notes()).anySatisfy(note -> assertThat(note).contains("restricted"));
    }

    @Test
    void truncatedFileIsReportedAsDamaged() {
        assertFails("truncated.pdf", Reason.DAMAGED, "truncated.pdf: damaged/truncated PDF");
    }

    @Test
    void aPngNamedPdfIsRejectedByItsContent() {
        assertFails("not-a-pdf.pdf", Reason.UNSUPPORTED_FORMAT, "not-a-pdf.pdf: not a PDF (PNG image");
    }

    @Test
    void emptyFile() {
        assertFails("empty.pdf", Reason.EMPTY_FILE, "empty.pdf: empty file");
    }

    @Test
    void scannedPdfWithoutOcrSaysItHasNoTextLayer() {
        assertFails("scanned-image-only.pdf", Reason.NO_TEXT_LAYER, "scanned-image-only.pdf: no text layer");
    }

    @Test
    void tooManyPagesIsAClearErrorNotAnOutOfMemoryCrash() {
        DocumentIngester limited = new PdfBoxIngester(new PdfIngestOptions(10), OcrEngine.NONE);
        assertThatThrownBy(() -> limited.ingest(CorpusFixtures.pdf("miljo")))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("miljo.pdf: too many pages: 12");
    }

    @Test
    void anUnknownTextFileIsUnsupportedAndSaysSo(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("notat.bin"), "\u0000\u0001\u0002binary");
        assertThatThrownBy(() -> ingester.ingest(file)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("notat.bin: unsupported format");
    }

    private void assertFails(String file, Reason reason, String messageStart) {
        Path path = CorpusFixtures.bad(file);
        assertThatThrownBy(() -> ingester.ingest(path))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(messageStart)
                .satisfies(e -> assertThat(((IngestException) e).reason()).isEqualTo(reason))
                .satisfies(e -> assertThat(((IngestException) e).file()).isEqualTo(path));
    }
}
