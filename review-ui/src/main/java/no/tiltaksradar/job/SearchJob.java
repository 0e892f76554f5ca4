package no.tiltaksradar.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.tiltaksradar.index.ChunkIndex;
import no.tiltaksradar.index.ScoredChunk;
import no.tiltaksradar.ingest.Sha256;

/** Search within one document: ingested and indexed first when the index does not hold it yet. */
public final class SearchJob {
    private final IngestJob ingest;
    private final ChunkIndex index;

    public SearchJob(IngestJob ingest, ChunkIndex index) {
        this.ingest = ingest;
        this.index = index;
    }

    /** @param failure null when the document could be searched; else why not (file and reason) */
    public record Result(List<Hit> hits, String failure) {
    }

    /** One matching passage: where it stands and how well it matched. */
    public record Hit(int pageStart, int pageEnd, List<String> sectionPath, String text, double score) {
        static Hit of(ScoredChunk scored) {
            return new Hit(scored.chunk().pageStart(), scored.chunk().pageEnd(), scored.chunk().sectionPath(), scored.chunk().text(),
                    scored.score());
        }
    }

    public Result search(Path document, String query, int limit) throws IOException {
        String documentId = Sha256.of(document);
        if (index.chunks(documentId).isEmpty()) {
            DocumentOutcome outcome = ingest.process(document);
            if (!outcome.succeeded()) {
                return new Result(List.of(), outcome.failure());
            }
        }
        return new Result(index.search(documentId, query, limit).stream().map(Hit::of).toList(), null);
    }
}
