package no.tiltaksradar.ingest;

import java.nio.file.Path;
import no.tiltaksradar.ingest.IngestException.Reason;
import no.tiltaksradar.model.SourceDocument;

/** Recognises the text of a PDF that has no text layer; {@link #NONE} when no OCR is installed. */
public interface OcrEngine {

    /** No OCR available: a PDF without a text layer is reported, never passed off as an empty success. */
    OcrEngine NONE = (file, sha256, pageCount) -> {
        throw new IngestException(file, Reason.NO_TEXT_LAYER, "no text layer (scanned or image-only PDF, "
                + pageCount + " pages); install tesseract with Norwegian (tesseract-ocr-nor) to OCR it");
    };

    /** @return the document with OCR text per page and metadata marking it as OCR */
    SourceDocument recognise(Path file, String sha256, int pageCount) throws IngestException;
}
