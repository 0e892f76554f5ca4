package no.tiltaksradar.index;

import java.io.IOException;
import java.util.List;
import no.tiltaksradar.model.Chunk;

/**
 * Stores chunks and retrieves them, always within one document: no method can return a chunk
 * of a document other than the one asked for.
 */
public interface ChunkIndex extends AutoCloseable {

    /** Replaces whatever the index held for this document with these chunks (idempotent re-indexing). */
    void index(String documentId, List<Chunk> chunks) throws IOException;

    /** Best chunks of one document for a free-text query, best first. */
    List<ScoredChunk> search(String documentId, String query, int limit) throws IOException;

    /** All chunks of one document in reading order. */
    List<Chunk> chunks(String documentId) throws IOException;

    @Override
    void close() throws IOException;
}
