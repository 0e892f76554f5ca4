package no.tiltaksradar.trends;

import java.io.IOException;
import java.util.List;

/**
 * Retrieval within one document: never returns text of another. Implemented over the document-scoped chunk index.
 */
@FunctionalInterface
public interface PassageSearch {

    /** A retrieved stretch of one document and how well it matched. */
    record Hit(int pageStart, int pageEnd, String text, double score) {
    }

    /** Best hits of the document {@code documentId} for the query, best first. */
    List<Hit> search(String documentId, String query, int limit) throws IOException;
}
