package no.tiltaksradar.validate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.SourceDocument;

/**
 * The documents a validation run may cite, by file name, each indexed on first use. A candidate
 * is only ever checked against the one document it names, so a quote from another document can
 * never be verified.
 */
public final class DocumentCatalog {
    private final Map<String, SourceDocument> byFileName = new LinkedHashMap<>();
    private final Map<String, IndexedDocument> indexed = new HashMap<>();
    private final TextNormalizer normalizer;

    public DocumentCatalog(List<SourceDocument> documents, TextNormalizer normalizer) {
        this.normalizer = normalizer;
        documents.forEach(document -> byFileName.put(document.fileName(), document));
    }

    public Optional<SourceDocument> find(String fileName) {
        return Optional.ofNullable(fileName == null ? null : byFileName.get(fileName));
    }

    /** The candidate's document, or why it cannot be checked against one. */
    Resolution resolve(CandidateMeasure candidate) {
        Optional<SourceDocument> document = find(candidate.document());
        if (document.isEmpty()) {
            return new Resolution(null, "unknown document: " + candidate.document());
        }
        String claimed = candidate.documentSha256();
        if (claimed != null && !claimed.isBlank() && !claimed.equalsIgnoreCase(document.get().sha256())) {
            return new Resolution(null, "document sha256 mismatch: candidate cites " + claimed
                    + ", " + candidate.document() + " is " + document.get().sha256());
        }
        return new Resolution(indexed(document.get()), null);
    }

    synchronized IndexedDocument indexed(SourceDocument document) {
        return indexed.computeIfAbsent(document.sha256(), sha -> new IndexedDocument(document, normalizer));
    }

    /** Either an indexed document or the reason there is none. */
    record Resolution(IndexedDocument document, String rejection) {
    }
}
