package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.tiltaksradar.chunk.SectionChunker;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.pattern.PatternMeasureProposer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** One short strategy written as PDF, DOCX, ODT and HTML: the pattern proposer finds the same measures in each. */
class SameMeasuresEveryFormatTest {
    @TempDir
    Path temp;

    @Test
    void docxOdtAndHtmlGiveTheMeasuresOfThePdf() throws Exception {
        TreeSet<String> fromPdf = measures(FjordvikStrategy.pdf(temp.resolve("fjordvik.pdf")));
        assertThat(fromPdf).as("the PDF is the reference and must give measures").hasSizeGreaterThanOrEqualTo(3);
        assertThat(measures(docx(temp.resolve("fjordvik.docx")))).as("DOCX").isEqualTo(fromPdf);
        assertThat(measures(odt(temp.resolve("fjordvik.odt")))).as("ODT").isEqualTo(fromPdf);
        assertThat(measures(html(temp.resolve("fjordvik.html")))).as("HTML").isEqualTo(fromPdf);
    }

    @Test
    void headingsAndListItemsBecomeTheirOwnLines() throws Exception {
        SourceDocument document = FormatDetectingIngester.withDefaults(OcrEngine.NONE).ingest(html(temp.resolve("fjordvik.html")));
        List<String> lines = document.pages().getFirst().lines().stream().map(l -> l.text(document.pages().getFirst())).toList();
        assertThat(lines).contains(FjordvikStrategy.TITLE, "Tiltak", "• " + FjordvikStrategy.ITEMS.getFirst());
        assertThat(document.pages().getFirst().lines().getFirst().bold()).isTrue();
    }

    private static TreeSet<String> measures(Path file) throws Exception {
        SourceDocument document = FormatDetectingIngester.withDefaults(OcrEngine.NONE).ingest(file);
        TreeSet<String> found = new TreeSet<>();
        new PatternMeasureProposer().propose(document, new SectionChunker().chunk(document)).candidates()
                .forEach(c -> found.add(c.kind() + ": " + c.quote().replaceAll("\\s+", " ").strip()));
        return found;
    }

    private static Path html(Path file) throws IOException {
        StringBuilder html = new StringBuilder("<html><head><title>Fjordvik</title></head><body><h1>" + FjordvikStrategy.TITLE + "</h1>");
        for (String[] section : FjordvikStrategy.SECTIONS) {
            html.append("<h2>").append(section[0]).append("</h2>");
            for (int i = 1; i < section.length; i++) {
                html.append("<p>").append(section[i]).append("</p>");
            }
            if (section[0].equals("Tiltak")) {
                html.append("<ul>");
                FjordvikStrategy.ITEMS.forEach(item -> html.append("<li>").append(item).append("</li>"));
                html.append("</ul>");
            }
        }
        return Files.writeString(file, html.append("</body></html>").toString());
    }

    private static Path docx(Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFStyles styles = docx.createStyles();
            for (int level = 1; level <= 2; level++) {
                CTStyle style = CTStyle.Factory.newInstance();
                style.setStyleId("Heading" + level);
                style.setType(STStyleType.PARAGRAPH);
                style.addNewName().setVal("heading " + level);
                styles.addStyle(new XWPFStyle(style));
            }
            paragraph(docx, "Heading1", FjordvikStrategy.TITLE);
            for (String[] section : FjordvikStrategy.SECTIONS) {
                paragraph(docx, "Heading2", section[0]);
                for (int i = 1; i < section.length; i++) {
                    paragraph(docx, null, section[i]);
                }
                if (section[0].equals("Tiltak")) {
                    FjordvikStrategy.ITEMS.forEach(item -> paragraph(docx, null, "• " + item));
                }
            }
            docx.write(out);
        }
        return file;
    }

    private static void paragraph(XWPFDocument docx, String style, String text) {
        var paragraph = docx.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    private static Path odt(Path file) throws IOException {
        StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">" + FjordvikStrategy.TITLE + "</text:h>");
        for (String[] section : FjordvikStrategy.SECTIONS) {
            body.append("<text:h text:outline-level=\"2\">").append(section[0]).append("</text:h>");
            for (int i = 1; i < section.length; i++) {
                body.append("<text:p>").append(section[i]).append("</text:p>");
            }
            if (section[0].equals("Tiltak")) {
                body.append("<text:list>");
                FjordvikStrategy.ITEMS.forEach(item -> body.append("<text:list-item><text:p>").append(item).append("</text:p></text:list-item>"));
                body.append("</text:list>");
            }
        }
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
                    + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
