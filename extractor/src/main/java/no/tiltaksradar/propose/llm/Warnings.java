package no.tiltaksradar.propose.llm;

import no.tiltaksradar.model.Chunk;
import no.tiltaksradar.model.SourceDocument;

/** Where a warning belongs, in words a reader can look up: the document and its pages, never a chunk hash. */
public final class Warnings {
    /** Marks a warning about pages the proposer could not read: the document's candidates are incomplete. */
    public static final String PARTIAL = "partial, these pages were not read";

    private Warnings() {
    }

    /** Whether a proposer warning says the document was read only in part. */
    public static boolean marksPartial(String warning) {
        return warning.contains(PARTIAL);
    }

    static String at(SourceDocument document, Chunk chunk) {
        String pages = chunk.pageStart() == chunk.pageEnd() ? "page " + chunk.pageStart()
                : "pages " + chunk.pageStart() + "-" + chunk.pageEnd();
        return document.fileName() + " " + pages;
    }
}
