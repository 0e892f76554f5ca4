package no.tiltaksradar.validate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.DocumentMetadata;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Test-only stand-in for the ingester: the corpus PDFs page by page through PDFTextStripper,
 * raw (hyphenation and ligatures left as PDFBox gives them) with recurring header and footer
 * lines marked as boilerplate, and the gold records as candidates.
 */
public final class CorpusPdfs {
    public static final List<String> NAMES = List.of("digdir", "ks", "miljo");

    private CorpusPdfs() {
    }

    static Path corpus() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("corpus/pdf"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no corpus/pdf above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("corpus");
    }

    public static SourceDocument load(String name) {
        Path file = corpus().resolve("pdf/" + name + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(pdf));
            }
            return document(file.getFileName().toString(), sha256(file), texts);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    public static SourceDocument document(String fileName, String sha256, List<String> texts) {
        List<Page> pages = new ArrayList<>();
        List<List<no.tiltaksradar.model.TextSpan>> boilerplate = RunningLines.spans(texts);
        int offset = 0;
        for (int i = 0; i < texts.size(); i++) {
            pages.add(new Page(i + 1, null, texts.get(i), offset, List.of(), List.of(), boilerplate.get(i)));
            offset += texts.get(i).length() + 1;
        }
        DocumentMetadata metadata = new DocumentMetadata(fileName, null, null, pages.size(), "application/pdf", false, List.of());
        return new SourceDocument(fileName, sha256, metadata, pages);
    }

    public static List<CandidateMeasure> gold(String name) {
        try {
            String lines = Files.readString(corpus().resolve("gold/" + name + ".jsonl"));
            return new MeasureRecords().readCandidates(new StringReader(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
