package no.tiltaksradar.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import no.tiltaksradar.ingest.IngestException.Reason;
import no.tiltaksradar.model.DocumentMetadata;
import no.tiltaksradar.model.Page;
import no.tiltaksradar.model.SourceDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * OCR for PDFs without a text layer: PDFBox renders each page, Tika's Tesseract parser reads it
 * in Norwegian. Page by page, so every recognised word keeps its physical page number.
 */
public final class TesseractOcrEngine implements OcrEngine {
    // the scans we see are 150-300 dpi; rendering above that costs time and gains tesseract nothing
    private static final int DPI = 200;

    private final TesseractOCRParser parser;
    private final String language;

    private TesseractOcrEngine(TesseractOCRParser parser, String language) {
        this.parser = parser;
        this.language = language;
    }

    /** An engine when tesseract with the given language (e.g. "nor") is installed, else empty. */
    public static Optional<OcrEngine> ifInstalled(String language) {
        try {
            TesseractOCRParser parser = new TesseractOCRParser();
            parser.setPreloadLangs(true); // otherwise getLangs() stays empty and Norwegian cannot be confirmed
            parser.initialize(java.util.Map.of());
            if (parser.hasTesseract() && parser.getLangs().contains(language)) {
                return Optional.of(new TesseractOcrEngine(parser, language));
            }
        } catch (TikaException e) {
            // a broken tesseract install is the same to us as none: scanned PDFs are then reported
        }
        return Optional.empty();
    }

    @Override
    public SourceDocument recognise(Path file, String sha256, int pageCount) throws IngestException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<Page> pages = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                String text = recognisePage(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
                pages.add(new Page(i + 1, null, text, offset, List.of(), List.of(), List.of()));
                offset += text.length() + 1;
            }
            if (pages.stream().allMatch(p -> p.text().isBlank())) {
                throw new IngestException(file, Reason.NO_TEXT_LAYER, "no text layer, and OCR found no text either");
            }
            DocumentMetadata metadata = new DocumentMetadata(pdf.getDocumentInformation().getTitle(),
                    pdf.getDocumentInformation().getAuthor(), null, pdf.getNumberOfPages(), "application/pdf", true,
                    List.of("no text layer: text recognised by OCR (tesseract, " + language + "); check quotes against the page image"));
            return new SourceDocument(file.getFileName().toString(), sha256, metadata, pages);
        } catch (IOException | SAXException | TikaException e) {
            throw new IngestException(file, Reason.NO_TEXT_LAYER, "no text layer, and OCR failed (" + e.getMessage() + ")", e);
        }
    }

    private String recognisePage(BufferedImage image) throws IOException, SAXException, TikaException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(language);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        try (TikaInputStream in = TikaInputStream.get(png.toByteArray())) {
            parser.parse(in, handler, metadata, context);
        }
        return TikaIngester.clean(handler.toString());
    }
}
