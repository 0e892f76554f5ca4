package no.tiltaksradar.trends;

import java.io.IOException;
import java.util.List;
import no.tiltaksradar.index.ChunkIndex;

/** {@link PassageSearch} over the chunk index, whose every query is scoped to one document. */
public final class IndexPassageSearch implements PassageSearch {
    private final ChunkIndex index;

    public IndexPassageSearch(ChunkIndex index) {
        this.index = index;
    }

    @Override
    public List<Hit> search(String documentId, String query, int limit) throws IOException {
        return index.search(documentId, query, limit).stream()
                .map(s -> new Hit(s.chunk().pageStart(), s.chunk().pageEnd(), s.chunk().text(), s.score())).toList();
    }
}
