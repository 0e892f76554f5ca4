package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.tiltaksradar.model.SourceDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class TikaIngesterTest extends DocumentIngesterContract {
    private static final String TILTAK = "Digdir skal etablere en felles løsning for datadeling innen 2026.";

    @Override
    protected DocumentIngester ingester() {
        return FormatDetectingIngester.withDefaults(OcrEngine.NONE);
    }

    @Override
    protected Path sample() throws IOException {
        return docx(temp.resolve("strategi.docx"));
    }

    @Override
    protected String expectedWords() {
        return TILTAK;
    }

    @Test
    void readsDocxWithItsTitle() throws Exception {
        SourceDocument document = ingester().ingest(sample());
        assertThat(document.metadata().title()).isEqualTo("Strategi for datadeling");
        assertThat(document.metadata().mediaType()).contains("wordprocessingml");
    }

    @Test
    void readsOdt() throws Exception {
        SourceDocument document = ingester().ingest(odt(temp.resolve("strategi.odt")));
        assertThat(document.text()).contains(TILTAK);
        assertThat(document.metadata().mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void readsHtmlWithoutMarkup() throws Exception {
        Path html = Files.writeString(temp.resolve("strategi.html"), "<html><head><title>Strategi</title></head><body>"
                + "<h1>Tiltak</h1><ul><li>" + TILTAK + "</li></ul><script>ignore()</script></body></html>");
        SourceDocument document = ingester().ingest(html);
        assertThat(document.text()).contains("Tiltak", TILTAK).doesNotContain("<li>", "ignore()");
        assertThat(document.metadata().title()).isEqualTo("Strategi");
    }

    private static Path docx(Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            docx.getProperties().getCoreProperties().setTitle("Strategi for datadeling");
            docx.createParagraph().createRun().setText("Tiltak");
            docx.createParagraph().createRun().setText(TILTAK);
            docx.write(out);
        }
        return file;
    }

    /** The smallest valid ODT: a stored mimetype entry first, a manifest and the content. */
    private static Path odt(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            put(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" "
                    + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry "
                    + "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
            put(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                    + "<office:body><office:text><text:h>Tiltak</text:h><text:p>" + TILTAK
                    + "</text:p></office:text></office:body></office:document-content>");
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
