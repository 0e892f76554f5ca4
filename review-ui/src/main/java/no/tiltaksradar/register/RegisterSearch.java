package no.tiltaksradar.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Norwegian full-text search over the register, with Bokmål and Nynorsk stemming ("digitaliseringa" finds
 * "digitaliseringen"), the same on H2 and PostgreSQL.
 *
 * <p>Why an in-memory Lucene index rather than PostgreSQL's {@code to_tsvector('norwegian', ...)}: H2 has no
 * Norwegian stemming, and one code path gives the same answers on both databases; PostgreSQL's snowball stemmer
 * knows Bokmål only, while Lucene's light stemmer has a Nynorsk variant and the document index already uses it.
 * The index lives in memory and is rebuilt from the database whenever the register changed (count, versions and
 * last update differ), so several instances over one PostgreSQL never answer from a stale copy, and there is no
 * file to keep. The register is a few thousand entries: a rebuild takes milliseconds.
 */
@Component
public class RegisterSearch {
    static final int MAX_HITS = 10_000;
    private static final String[] TEXT = {"name", "description", "quote", "responsible_agency", "responsible_ministry",
            "collaborators", "portfolio", "funding_source", "phase", "benefits", "strategy_area", "dependencies", "deliverables",
            "technology", "purpose"};
    private final JdbcClient jdbc;
    private final Analyzer bokmaal = analyzer("nb");
    private final Analyzer nynorsk = analyzer("nn");
    private volatile Snapshot snapshot;

    private record Snapshot(String stamp, IndexSearcher searcher) {
    }

    public RegisterSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lucene's Norwegian chain, declared here rather than taken from the index stage (a feature does not reach into
     * the pipeline's stages): standard tokens, lower case, the Snowball Norwegian stop words, the light stemmer.
     */
    static Analyzer analyzer(String variant) {
        try {
            return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                    .addTokenFilter("stop", "words", "org/apache/lucene/analysis/snowball/norwegian_stop.txt", "format", "snowball")
                    .addTokenFilter("norwegianLightStem", "variant", variant).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's Norwegian stop words are missing", e);
        }
    }

    /** Ids of the entries matching every word of {@code text} (stemmed, Bokmål or Nynorsk), best match first. */
    public List<Long> search(String text) {
        Query query = query(text);
        if (query == null) {
            return List.of();
        }
        IndexSearcher searcher = current().searcher();
        try {
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, MAX_HITS).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).getField("id").numericValue().longValue());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("register search failed", e);
        }
    }

    /** Every word must match, in the Bokmål or in the Nynorsk reading; null when the text holds only stop words. */
    Query query(String text) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        Query nb = new QueryBuilder(bokmaal).createBooleanQuery("nb", text, BooleanClause.Occur.MUST);
        Query nn = new QueryBuilder(nynorsk).createBooleanQuery("nn", text, BooleanClause.Occur.MUST);
        if (nb == null && nn == null) {
            return null;
        }
        if (nb != null) {
            either.add(nb, BooleanClause.Occur.SHOULD);
        }
        if (nn != null) {
            either.add(nn, BooleanClause.Occur.SHOULD);
        }
        return either.build();
    }

    private synchronized Snapshot current() {
        String stamp = stamp();
        Snapshot now = snapshot;
        if (now == null || !now.stamp().equals(stamp)) {
            // the old searcher is left to the garbage collector: a search running on it right now must not see it closed
            try {
                now = new Snapshot(stamp, new IndexSearcher(DirectoryReader.open(build())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the register's search index", e);
            }
            snapshot = now;
        }
        return now;
    }

    private String stamp() {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(updated_at) FROM registered_measure")
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getTimestamp(3)).single();
    }

    private ByteBuffersDirectory build() {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Analyzer perField = new PerFieldAnalyzerWrapper(bokmaal, Map.of("nn", nynorsk));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            jdbc.sql("SELECT id, " + String.join(", ", TEXT) + " FROM registered_measure").query(rs -> {
                StringBuilder text = new StringBuilder();
                for (String column : TEXT) {
                    String value = rs.getString(column);
                    if (value != null) {
                        text.append(value.replace('|', ' ')).append('\n');
                    }
                }
                try {
                    writer.addDocument(document(rs.getLong("id"), text.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the register's search index", e);
        }
        return directory;
    }

    /** The same text twice: "nb" is stemmed as Bokmål, "nn" as Nynorsk. */
    private static Document document(long id, String text) {
        Document doc = new Document();
        doc.add(new StoredField("id", id));
        doc.add(new TextField("nb", text, Field.Store.NO));
        doc.add(new TextField("nn", text, Field.Store.NO));
        return doc;
    }
}
