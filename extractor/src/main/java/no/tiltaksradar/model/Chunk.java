package no.tiltaksradar.model;

import java.util.List;

/**
 * A bounded, section-aware slice of one document, the unit that is indexed and shown to an LLM.
 *
 * @param id stable id, {@code <documentId>:<ordinal>}
 * @param documentId the {@link SourceDocument#id()} it belongs to; a chunk never spans documents
 * @param sectionPath headings from the outermost to the nearest one above the chunk
 * @param charStart offset of the chunk's first character in the document text
 * @param charEnd offset one past its last character in the document text
 * @param text the chunk's text without running headers, footers and page numbers
 */
public record Chunk(String id, String documentId, int ordinal, List<String> sectionPath,
                    int pageStart, int pageEnd, int charStart, int charEnd, String text) {
    public Chunk {
        sectionPath = List.copyOf(sectionPath);
        if (pageStart < 1 || pageEnd < pageStart) {
            throw new IllegalArgumentException("chunk " + id + ": bad page span " + pageStart + ".." + pageEnd);
        }
        if (charStart < 0 || charEnd < charStart) {
            throw new IllegalArgumentException("chunk " + id + ": bad char span " + charStart + ".." + charEnd);
        }
    }

    public String section() {
        return sectionPath.isEmpty() ? "" : sectionPath.get(sectionPath.size() - 1);
    }
}
