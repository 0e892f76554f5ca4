package no.tiltaksradar.candidate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CandidateRepository {
    public static final Map<String, String> SORTABLE = Map.of("id", "c.id", "confidence", "c.confidence", "page", "c.page",
            "document", "d.file_name", "kind", "c.kind", "status", "c.overall_status", "reviewState", "c.review_state",
            "createdAt", "c.created_at", "year", "d.pub_year");
    private static final String SELECT = "SELECT c.*, d.file_name FROM candidate c JOIN document d ON d.id = c.document_id";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final JdbcClient jdbc;

    public CandidateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces what a run holds for one document with these records. Deleting first makes a
     * repeated execution (a job resumed after a crash) leave exactly one set, never two.
     */
    public int replaceForRunDocument(long runId, long documentId, List<String> records, SourceDocument document) {
        jdbc.sql("DELETE FROM candidate WHERE run_id = ? AND document_id = ? AND review_state = 'OPEN' AND added_by IS NULL")
                .params(runId, documentId).update();
        for (String record : records) {
            RecordColumns columns = RecordColumns.of(record);
            String highlight = columns.found() ? json(Highlighter.boxes(document, columns.charStart(), columns.charEnd())) : null;
            insert(runId, documentId, record, columns, highlight, null);
        }
        return records.size();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("highlight boxes are plain numbers: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A candidate a reviewer added (a measure the proposer missed), validated against {@code document}: stored outside any
     * run, with its highlight, and never replaced when the document is run again.
     */
    public long insertAdded(long documentId, String record, SourceDocument document, String addedBy) {
        RecordColumns columns = RecordColumns.of(record);
        String highlight = columns.found() ? json(Highlighter.boxes(document, columns.charStart(), columns.charEnd())) : null;
        return insert(null, documentId, record, columns, highlight, addedBy);
    }

    /** Inserts one record and returns the candidate's id. */
    public long insert(Long runId, long documentId, String record, String addedBy) {
        return insert(runId, documentId, record, RecordColumns.of(record), null, addedBy);
    }

    private long insert(Long runId, long documentId, String record, RecordColumns c, String highlight, String addedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO candidate (run_id, document_id, record_id, kind, name, quote, page, page_label, section, ministry, agencies, "
                        + "technology, purpose, deadline, confidence, quote_status, overall_status, proposer, added_by, record_json, "
                        + "edits_json, highlight_json, review_state, version, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, 'OPEN', 0, ?)")
                .params(runId, documentId, c.recordId() == null ? "c" + System.nanoTime() : c.recordId(), c.kind(), truncate(c.name(), 2000),
                        c.quote(), c.page(), c.pageLabel(), truncate(c.section(), 2000), truncate(c.ministry(), 300),
                        truncate(c.agencies(), 2000), truncate(c.technology(), 1000), truncate(c.purpose(), 1000), truncate(c.deadline(), 50),
                        c.confidence(), c.quoteStatus(), c.overallStatus(), truncate(c.proposer(), 200), addedBy, record, highlight,
                        Timestamp.from(Instant.now()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Candidate> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(CandidateRepository::map).optional();
    }

    public Paged<Candidate> page(CandidateFilter filter, PageRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM candidate c JOIN document d ON d.id = c.document_id" + where).params(params)
                .query(Long.class).single();
        List<Candidate> items = jdbc.sql(SELECT + where + request.orderBy(SORTABLE, "c.id") + " OFFSET " + request.offset()
                + " ROWS FETCH NEXT " + request.size() + " ROWS ONLY").params(params).query(CandidateRepository::map).list();
        return new Paged<>(items, request.page(), request.size(), total, request.sort(), filter);
    }

    /**
     * Moves a candidate to a new review state if it is still at {@code expectedVersion}.
     *
     * @return false when someone else changed it meanwhile (nothing was written)
     */
    public boolean update(long id, int expectedVersion, String reviewState, String editsJson, Long parentId) {
        return jdbc.sql("UPDATE candidate SET review_state = ?, edits_json = ?, parent_id = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(reviewState, editsJson, parentId, id, expectedVersion).update() == 1;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM candidate").query(Long.class).single();
    }

    private static String where(CandidateFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        equal(clauses, params, "c.overall_status", "status", upper(f.status()));
        equal(clauses, params, "c.quote_status", "quoteStatus", upper(f.quoteStatus()));
        equal(clauses, params, "c.document_id", "document", f.document());
        equal(clauses, params, "c.run_id", "run", f.run());
        equal(clauses, params, "c.kind", "kind", upper(f.kind()));
        equal(clauses, params, "d.pub_year", "year", f.year());
        equal(clauses, params, "c.review_state", "reviewState", upper(f.reviewState()));
        if (f.minConfidence() != null) {
            clauses.add("c.confidence >= :minConfidence");
            params.put("minConfidence", f.minConfidence());
        }
        if (f.maxConfidence() != null) {
            clauses.add("c.confidence <= :maxConfidence");
            params.put("maxConfidence", f.maxConfidence());
        }
        contains(clauses, params, "LOWER(c.ministry)", "ministry", f.ministry());
        contains(clauses, params, "LOWER(c.agencies)", "agency", f.agency());
        element(clauses, params, "c.technology", "technology", f.technology());
        element(clauses, params, "c.purpose", "purpose", f.purpose());
        if (f.q() != null && !f.q().isBlank()) {
            clauses.add("(LOWER(c.name) LIKE :q OR LOWER(c.quote) LIKE :q OR LOWER(c.section) LIKE :q)");
            params.put("q", "%" + f.q().toLowerCase(Locale.ROOT) + "%");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static void equal(List<String> clauses, Map<String, Object> params, String column, String name, Object value) {
        if (value != null) {
            clauses.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private static void contains(List<String> clauses, Map<String, Object> params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            clauses.add(column + " LIKE :" + name);
            params.put(name, "%" + value.toLowerCase(Locale.ROOT) + "%");
        }
    }

    private static void element(List<String> clauses, Map<String, Object> params, String column, String name, String value) {
        if (value != null && !value.isBlank()) {
            clauses.add(column + " LIKE :" + name);
            params.put(name, "%|" + value + "|%");
        }
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static Candidate map(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getObject("run_id", Long.class), rs.getLong("document_id"), rs.getString("file_name"),
                rs.getString("record_id"), rs.getString("kind"), rs.getString("name"), rs.getString("quote"),
                rs.getObject("page", Integer.class), rs.getString("page_label"), rs.getString("section"), rs.getString("ministry"),
                rs.getString("agencies"), rs.getDouble("confidence"), rs.getString("quote_status"), rs.getString("overall_status"),
                rs.getString("proposer"), rs.getString("added_by"), rs.getString("review_state"), rs.getObject("parent_id", Long.class),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant(), rs.getString("record_json"), rs.getString("edits_json"),
                rs.getString("highlight_json"));
    }
}
