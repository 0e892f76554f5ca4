package no.tiltaksradar.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.model.Chunk;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The chunk index: one Lucene index for all documents, BM25 ranking, Bokmål and Nynorsk analysis.
 * Every query carries a required filter on the document id, so no method can hand out another
 * document's chunks; re-indexing a document replaces its chunks atomically.
 */
public final class LuceneChunkIndex implements ChunkIndex {
    private static final int MAX_CHUNKS_PER_DOCUMENT = 1_000_000;

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneChunkIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.analyzer = new PerFieldAnalyzerWrapper(NorwegianAnalyzers.bokmaal(),
                Map.of(ChunkDocuments.TEXT_NYNORSK, NorwegianAnalyzers.nynorsk()));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index kept in a folder on disk, created if missing. */
    public static LuceneChunkIndex onDisk(Path folder) throws IOException {
        return new LuceneChunkIndex(FSDirectory.open(folder));
    }

    /** An index in memory, gone when closed. */
    public static LuceneChunkIndex inMemory() {
        try {
            return new LuceneChunkIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to open", e);
        }
    }

    @Override
    public void index(String documentId, List<Chunk> chunks) throws IOException {
        for (Chunk chunk : chunks) {
            if (!chunk.documentId().equals(documentId)) {
                throw new IllegalArgumentException("chunk " + chunk.id() + " belongs to " + chunk.documentId() + ", not " + documentId);
            }
        }
        writer.updateDocuments(documentTerm(documentId), chunks.stream().map(ChunkDocuments::toDocument).toList());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public List<ScoredChunk> search(String documentId, String query, int limit) throws IOException {
        Query words = wordsQuery(query);
        if (words == null || limit < 1) {
            return List.of();
        }
        Query scoped = new BooleanQuery.Builder().add(new TermQuery(documentTerm(documentId)), Occur.FILTER)
                .add(words, Occur.MUST).build();
        IndexSearcher searcher = searchers.acquire();
        try {
            List<ScoredChunk> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(scoped, limit).scoreDocs) {
                hits.add(new ScoredChunk(ChunkDocuments.toChunk(searcher.storedFields().document(hit.doc)), hit.score));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public List<Chunk> chunks(String documentId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Sort byOrdinal = new Sort(new SortField(ChunkDocuments.ORDINAL, SortField.Type.INT));
            List<Chunk> chunks = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(new TermQuery(documentTerm(documentId)), MAX_CHUNKS_PER_DOCUMENT, byOrdinal).scoreDocs) {
                chunks.add(ChunkDocuments.toChunk(searcher.storedFields().document(hit.doc)));
            }
            return chunks;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Built from analysed tokens rather than by a query parser, so user text with quotes, colons or
     * brackets is just words and can never be a syntax error or reach outside the document filter.
     */
    private Query wordsQuery(String text) throws IOException {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int clauses = 0;
        for (String field : List.of(ChunkDocuments.TEXT_BOKMAAL, ChunkDocuments.TEXT_NYNORSK)) {
            for (String token : tokens(field, text)) {
                words.add(new TermQuery(new Term(field, token)), Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : words.build();
    }

    private List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() < IndexSearcher.getMaxClauseCount() / 2) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    private static Term documentTerm(String documentId) {
        return new Term(ChunkDocuments.DOCUMENT_ID, documentId);
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers; analyzer) {
            // closes in reverse order: searchers, writer, directory
        }
    }
}
