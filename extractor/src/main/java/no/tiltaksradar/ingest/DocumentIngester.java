package no.tiltaksradar.ingest;

import java.nio.file.Path;
import no.tiltaksradar.model.SourceDocument;

/**
 * Turns one file into a {@link SourceDocument}: pages with text, layout and glyph boxes where the
 * format has them, metadata and the file's sha256.
 *
 * <p>The ingester opens and closes the file itself; callers pass a path, never a stream.
 */
public interface DocumentIngester {

    /**
     * @param file a readable file
     * @return the document, never one with zero text: a file without text fails instead
     * @throws IngestException naming the file and the reason (empty, not a supported format,
     *         password required, damaged, no text layer, too many pages, unreadable)
     */
    SourceDocument ingest(Path file) throws IngestException;
}
