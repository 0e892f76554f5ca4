package no.tiltaksradar.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import no.tiltaksradar.ingest.IngestException.Reason;
import no.tiltaksradar.model.SourceDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The ingester the pipeline uses: decides a file's format by its content (Tika's detector; the
 * name is only a hint) and hands it to the PDF or the office/HTML ingester. A PNG named
 * {@code .pdf} is rejected as a PNG, not parsed as a broken PDF.
 */
public final class FormatDetectingIngester implements DocumentIngester {
    private static final Set<String> OFFICE_AND_WEB = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/msword",
            "text/html",
            "application/xhtml+xml");

    private final DocumentIngester pdf;
    private final DocumentIngester officeAndWeb;
    private final Detector detector;

    public FormatDetectingIngester(DocumentIngester pdf, DocumentIngester officeAndWeb) {
        this.pdf = pdf;
        this.officeAndWeb = officeAndWeb;
        this.detector = TikaConfig.getDefaultConfig().getDetector();
    }

    /** PDFBox for PDFs (no OCR unless given one), Tika for DOCX, ODT and HTML. */
    public static FormatDetectingIngester withDefaults(OcrEngine ocr) {
        return new FormatDetectingIngester(new PdfBoxIngester(PdfIngestOptions.defaults(), ocr), new TikaIngester());
    }

    @Override
    public SourceDocument ingest(Path file) throws IngestException {
        FileChecks.requireNonEmpty(file);
        MediaType type = detect(file);
        if (type.getBaseType().toString().equals("application/pdf")) {
            return pdf.ingest(file);
        }
        if (OFFICE_AND_WEB.contains(type.getBaseType().toString())) {
            return officeAndWeb.ingest(file);
        }
        throw new IngestException(file, Reason.UNSUPPORTED_FORMAT, unsupportedMessage(file, type));
    }

    /**
     * The file's format by content, when it is one this ingester reads; an upload is checked with
     * this before it is kept, so the same rule decides at the door and in the pipeline.
     *
     * @return the detected base media type, e.g. {@code application/pdf}
     * @throws IngestException naming the file and the format found when it is not supported
     */
    public String requireSupported(Path file) throws IngestException {
        FileChecks.requireNonEmpty(file);
        String type = detect(file).getBaseType().toString();
        if (type.equals("application/pdf") || OFFICE_AND_WEB.contains(type)) {
            return type;
        }
        throw new IngestException(file, Reason.UNSUPPORTED_FORMAT, unsupportedMessage(file, detect(file)));
    }

    private MediaType detect(Path file) throws IngestException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata);
        } catch (IOException e) {
            throw new IngestException(file, Reason.UNREADABLE, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static String unsupportedMessage(Path file, MediaType type) {
        String described = describe(type);
        boolean namedPdf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        return (namedPdf ? "not a PDF (" : "unsupported format (") + described
                + "); supported are PDF, DOCX, ODT and HTML";
    }

    /** "PNG image" for image/png: the registry's acronym plus the top-level type, else the MIME type itself. */
    static String describe(MediaType type) {
        try {
            MimeType mimeType = MimeTypes.getDefaultMimeTypes().forName(type.toString());
            String acronym = mimeType.getAcronym();
            if (acronym != null && !acronym.isBlank()) {
                return acronym + " " + kindOf(type) + ", " + type.getBaseType();
            }
        } catch (MimeTypeException e) {
            // an unknown type is described by its name below
        }
        return type.getBaseType().toString();
    }

    private static String kindOf(MediaType type) {
        return switch (type.getType()) {
            case "image" -> "image";
            case "audio" -> "audio";
            case "video" -> "video";
            case "text" -> "text";
            default -> "file";
        };
    }
}
