package no.tiltaksradar.propose.llm;

import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;

/** Where a warning belongs, in words a reader can look up: the document and its pages, never a chunk hash. */
final class Warnings {
    private Warnings() {
    }

    static String at(SourceDocument document, Chunk chunk) {
        String pages = chunk.pageStart() == chunk.pageEnd() ? "page " + chunk.pageStart()
                : "pages " + chunk.pageStart() + "-" + chunk.pageEnd();
        return document.fileName() + " " + pages;
    }
}
