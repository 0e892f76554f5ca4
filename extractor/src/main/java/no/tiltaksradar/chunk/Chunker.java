package no.tiltaksradar.chunk;

import java.util.List;
import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;

/** Splits one document into chunks; never mixes documents, never includes running headers or footers. */
public interface Chunker {

    /**
     * @return the document's chunks in reading order, each with section path, page span and
     *         offsets into {@link SourceDocument#text()}; empty only for a document without text
     */
    List<Chunk> chunk(SourceDocument document);
}
