package no.tiltaksradar.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.ingest.IngestException.Reason;
import no.tiltaksradar.model.DocumentMetadata;
import no.tiltaksradar.model.GlyphBoxList;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.model.TextSpan;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with PDFBox into pages that keep text, visual lines, glyph boxes, running
 * headers/footers and printed page labels. Never guesses passwords; a damaged or truncated file
 * fails instead of being stored as complete; a file without a text layer goes to OCR when one is
 * configured, else fails with {@link Reason#NO_TEXT_LAYER}.
 */
public final class PdfBoxIngester implements DocumentIngester {
    private final PdfIngestOptions options;
    private final OcrEngine ocr;

    public PdfBoxIngester(PdfIngestOptions options, OcrEngine ocr) {
        this.options = options;
        this.ocr = ocr;
    }

    public PdfBoxIngester() {
        this(PdfIngestOptions.defaults(), OcrEngine.NONE);
    }

    @Override
    public SourceDocument ingest(Path file) throws IngestException {
        FileChecks.requireNonEmpty(file);
        FileChecks.requireCompletePdf(file);
        String sha256 = FileChecks.sha256(file);
        try (GlyphStore glyphs = new GlyphStore(); PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
                "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PageTreeCheck tree = PageTreeCheck.of(pdf);
            requireWholePageTree(file, tree);
            requireWithinPageLimit(file, tree.reachable());
            PageTextCollector collector = new PageTextCollector(options.maxPages(), glyphs);
            List<Page> pages = pagesOf(pdf, collector, glyphs);
            if (!hasText(pages)) {
                return ocr.recognise(file, sha256, pdf.getNumberOfPages());
            }
            return new SourceDocument(file.getFileName().toString(), sha256,
                    withNotes(new PdfMetadataReader().read(pdf, pages, false), collector.damage()), pages);
        } catch (InvalidPasswordException e) {
            throw new IngestException(file, Reason.PASSWORD_REQUIRED, "password required (the PDF is encrypted with a user password)", e);
        } catch (IOException e) {
            throw new IngestException(file, Reason.DAMAGED, "damaged/truncated PDF (" + e.getMessage() + ")", e);
        }
    }

    /** PDFBox loads a damaged file as if it were whole; what the page tree really holds decides. */
    private static void requireWholePageTree(Path file, PageTreeCheck tree) throws IngestException {
        if (tree.reachable() == 0) {
            throw new IngestException(file, Reason.DAMAGED, "no pages (the page tree is empty"
                    + (tree.declared() > 0 ? " though it declares " + tree.declared() : "") + ")");
        }
        if (tree.cycle()) {
            throw new IngestException(file, Reason.DAMAGED, "damaged PDF: the page tree loops back on itself ("
                    + tree.reachable() + " pages reachable, " + tree.declared() + " declared); not stored as complete");
        }
        if (tree.firstLost() > 0) {
            throw new IngestException(file, Reason.DAMAGED, "damaged/truncated PDF: only " + tree.reachable() + " of "
                    + tree.declared() + " declared pages can be read, pages from " + tree.firstLost()
                    + " on are lost; not stored as complete");
        }
        if (!tree.contentLost().isEmpty()) {
            throw new IngestException(file, Reason.DAMAGED, "damaged/truncated PDF: the text of page(s) "
                    + PageTreeCheck.ranges(tree.contentLost()) + " is missing from the file (" + tree.contentLost().size()
                    + " of " + tree.reachable() + " pages); not stored as complete");
        }
        if (tree.declared() != tree.reachable()) {
            throw new IngestException(file, Reason.DAMAGED, "damaged PDF: the page tree declares " + tree.declared()
                    + " pages but holds " + tree.reachable() + "; not stored as complete");
        }
    }

    private void requireWithinPageLimit(Path file, int pages) throws IngestException {
        if (pages > options.maxPages()) {
            throw new IngestException(file, Reason.TOO_MANY_PAGES, "too many pages: " + pages
                    + " (the limit is " + options.maxPages() + ")");
        }
    }

    private static DocumentMetadata withNotes(DocumentMetadata metadata, List<String> more) {
        if (more.isEmpty()) {
            return metadata;
        }
        List<String> notes = new ArrayList<>(metadata.notes());
        notes.addAll(more);
        return new DocumentMetadata(metadata.title(), metadata.publisher(), metadata.year(), metadata.pageCount(),
                metadata.mediaType(), metadata.ocr(), notes);
    }

    private List<Page> pagesOf(PDDocument pdf, PageTextCollector collector, GlyphStore glyphs) throws IOException {
        List<PageTextCollector.RawPage> raw = collector.collect(pdf);
        ByteBuffer boxes = glyphs.seal();
        BoilerplateDetector.Result boilerplate = new BoilerplateDetector().detect(raw);
        String[] pdfLabels = pdfLabels(pdf);
        List<Page> pages = new ArrayList<>(raw.size());
        int offset = 0;
        for (int i = 0; i < raw.size(); i++) {
            PageTextCollector.RawPage page = raw.get(i);
            String label = pdfLabels != null && i < pdfLabels.length && pdfLabels[i] != null
                    ? pdfLabels[i] : boilerplate.labels().get(i);
            List<TextSpan> spans = boilerplate.spans().get(i);
            pages.add(new Page(i + 1, label, page.text(), offset, page.lines(),
                    new GlyphBoxList(boxes, Math.toIntExact(page.firstGlyph()), page.glyphCount()), spans));
            offset += page.text().length() + 1; // the page separator
        }
        return pages;
    }

    private static String[] pdfLabels(PDDocument pdf) {
        try {
            PDPageLabels labels = pdf.getDocumentCatalog().getPageLabels();
            return labels == null ? null : labels.getLabelsByPageIndices();
        } catch (IOException e) {
            return null; // a broken label tree only costs us the printed labels, not the document
        }
    }

    private static boolean hasText(List<Page> pages) {
        long letters = pages.stream().flatMapToInt(p -> p.text().chars()).filter(Character::isLetter).count();
        return letters >= Math.max(20, pages.size() * 5L);
    }
}
