package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import no.tiltaksradar.ingest.IngestException.Reason;
import no.tiltaksradar.testing.CorpusFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage PDFBox repairs quietly is never stored as a complete document. */
class DamagedPdfTest {
    private final DocumentIngester ingester = new PdfBoxIngester();

    @TempDir
    Path temp;

    @Test
    void aTruncatedFileWithAnEofAppendedFailsAsDamagedNamingTheLostPages() throws Exception {
        byte[] whole = Files.readAllBytes(CorpusFixtures.pdf("digdir"));
        Path damaged = temp.resolve("avkuttet.pdf");
        Files.write(damaged, Arrays.copyOf(whole, whole.length * 6 / 10));
        Files.writeString(damaged, "\n%%EOF\n", StandardOpenOption.APPEND); // passes the trailer check
        assertThatThrownBy(() -> ingester.ingest(damaged)).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
                .hasMessageContaining("avkuttet.pdf: damaged/truncated PDF: the text of page(s) 44-56 is missing from the file (13 of 56 pages)");
    }

    @Test
    void aPageTreeCycleFailsAsDamaged() throws Exception {
        Path looped = edited("sirkel.pdf", root -> root.getCOSArray(COSName.KIDS).add(root));
        assertThatThrownBy(() -> ingester.ingest(looped)).hasMessageContaining("sirkel.pdf: damaged PDF: the page tree loops back on itself");
    }

    @Test
    void aForgedPageCountGetsATrueMessageNotTooManyPages() throws Exception {
        Path forged = edited("forfalsket.pdf", root -> root.setInt(COSName.COUNT, 999_999));
        assertThatThrownBy(() -> ingester.ingest(forged)).hasMessageContaining("forfalsket.pdf: damaged PDF: the page tree declares 999999 pages but holds 6")
                .hasMessageNotContaining("too many pages");
    }

    @Test
    void aPdfWithoutPagesSaysSoNotNoTextLayer() throws Exception {
        Path empty = temp.resolve("tom.pdf");
        try (PDDocument document = new PDDocument()) {
            document.save(empty.toFile());
        }
        assertThatThrownBy(() -> ingester.ingest(empty)).hasMessageContaining("tom.pdf: no pages (the page tree is empty)")
                .hasMessageNotContaining("text layer");
    }

    @Test
    void aLostKidOfThePageTreeNamesWhereThePagesGoMissing() throws Exception {
        Path pruned = edited("beskaaret.pdf", root -> {
            COSArray kids = root.getCOSArray(COSName.KIDS);
            kids.set(kids.size() - 1, org.apache.pdfbox.cos.COSNull.NULL);
        });
        assertThatThrownBy(() -> ingester.ingest(pruned)).hasMessageContaining("beskaaret.pdf: damaged/truncated PDF: only 5 of 6 declared pages can be read, pages from 6 on are lost");
    }

    @Test
    void aDamagedPageGivesAWarningForThatPageAndTheRestIsRead() throws Exception {
        Path file = temp.resolve("skadet-side.pdf");
        try (PDDocument document = Loader.loadPDF(CorpusFixtures.pdf("ks").toFile())) {
            org.apache.pdfbox.pdmodel.PDPage second = document.getPage(1);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, second,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, false)) {
                content.appendRawCommands("BT 100 Td ET\n"); // a text move with one of its two operands cut off
            }
            document.save(file.toFile());
        }
        no.tiltaksradar.model.SourceDocument read = ingester.ingest(file);
        assertThat(read.pages()).hasSize(6);
        assertThat(read.metadata().notes()).singleElement().asString()
                .startsWith("page 2: damaged content, its text may be incomplete (").contains("Td");
    }

    @Test
    void pageRangesReadLikeAPersonWouldWriteThem() {
        assertThat(PageTreeCheck.ranges(java.util.List.of(3, 7, 9, 10, 11))).isEqualTo("3, 7, 9-11");
    }

    @Test
    void aWholeFileStillPasses() throws Exception {
        assertThat(ingester.ingest(CorpusFixtures.pdf("ks")).pages()).hasSize(6);
    }

    private Path edited(String name, java.util.function.Consumer<COSDictionary> edit) throws Exception {
        Path file = temp.resolve(name);
        try (PDDocument document = Loader.loadPDF(CorpusFixtures.pdf("ks").toFile())) {
            COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            edit.accept(root);
            document.save(file.toFile());
        }
        return file;
    }
}
