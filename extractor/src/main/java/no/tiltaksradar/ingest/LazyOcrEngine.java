package no.tiltaksradar.ingest;

import java.nio.file.Path;
import java.util.function.Supplier;
import no.tiltaksradar.model.SourceDocument;

/**
 * Probes for an OCR engine only when the first PDF without a text layer needs one, so commands
 * that never OCR (help, eval, a batch of born-digital PDFs) neither wait for nor talk about it.
 */
public final class LazyOcrEngine implements OcrEngine {
    private final Supplier<OcrEngine> probe;
    private OcrEngine engine;

    public LazyOcrEngine(Supplier<OcrEngine> probe) {
        this.probe = probe;
    }

    /** Tesseract with {@code language} if installed when first needed, else {@link OcrEngine#NONE}. */
    public static OcrEngine tesseract(String language) {
        return new LazyOcrEngine(() -> TesseractOcrEngine.ifInstalled(language).orElse(OcrEngine.NONE));
    }

    @Override
    public SourceDocument recognise(Path file, String sha256, int pageCount) throws IngestException {
        return engine().recognise(file, sha256, pageCount);
    }

    private synchronized OcrEngine engine() {
        if (engine == null) {
            engine = probe.get();
        }
        return engine;
    }
}
