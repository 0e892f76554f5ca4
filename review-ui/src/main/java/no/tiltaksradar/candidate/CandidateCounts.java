package no.tiltaksradar.candidate;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How many candidates each document has, and how many of them still wait for a decision: the document list's columns. */
@Repository
public class CandidateCounts {
    private final JdbcClient jdbc;

    public CandidateCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param open those still waiting for a reviewer (review state OPEN) */
    public record Counts(long total, long open) {
        public static final Counts NONE = new Counts(0, 0);
    }

    /** Counts of every document that has candidates; a document missing from the map has none. */
    public Map<Long, Counts> byDocument() {
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.sql("SELECT document_id, COUNT(*) AS total, SUM(CASE WHEN review_state = 'OPEN' THEN 1 ELSE 0 END) AS open_count "
                        + "FROM candidate GROUP BY document_id")
                .query(rs -> {
                    counts.put(rs.getLong("document_id"), new Counts(rs.getLong("total"), rs.getLong("open_count")));
                });
        return counts;
    }
}
