package no.tiltaksradar.register;

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
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class RegisterRepository {
    private static final String SELECT = "SELECT m.*, d.file_name FROM registered_measure m JOIN document d ON d.id = m.document_id";
    private final JdbcClient jdbc;

    public RegisterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new register entry from an accepted candidate, linked to that candidate and the accepting decision. */
    public long insert(long candidateId, long decisionId, long documentId, Map<String, Object> fields, String quote, Integer page) {
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO registered_measure (kind, name, description, responsible_agency, responsible_ministry, collaborators, "
                        + "time_frame, purpose, technology, document_id, quote, page, pub_year, version, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT pub_year FROM document WHERE id = ?), 0, ?, ?)")
                .params(fields.getOrDefault("kind", "MEASURE"), fields.get("name") == null ? quote : fields.get("name"),
                        fields.get("description"), RegisterColumns.join((List<?>) fields.get("responsible")), fields.get("ministry"),
                        RegisterColumns.join((List<?>) fields.get("collaborators")), fields.get("deadline"),
                        RegisterColumns.join((List<?>) fields.get("purpose")), RegisterColumns.join((List<?>) fields.get("technology")),
                        documentId, quote, page, documentId, now, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("INSERT INTO register_source (measure_id, candidate_id, decision_id) VALUES (?, ?, ?)").params(id, candidateId, decisionId)
                .update();
        return id;
    }

    /**
     * Lets go of what one accepting decision brought in: its source link, and the entry itself when no other candidate
     * stands behind it. Children keep their place with no parent.
     *
     * @return the ids of the entries removed
     */
    public List<Long> withdraw(long candidateId, long decisionId) {
        List<Long> entries = jdbc.sql("SELECT measure_id FROM register_source WHERE candidate_id = ? AND decision_id = ?")
                .params(candidateId, decisionId).query(Long.class).list();
        jdbc.sql("DELETE FROM register_source WHERE candidate_id = ? AND decision_id = ?").params(candidateId, decisionId).update();
        List<Long> removed = new java.util.ArrayList<>();
        for (long entry : entries) {
            if (jdbc.sql("SELECT COUNT(*) FROM register_source WHERE measure_id = ?").param(entry).query(Long.class).single() == 0) {
                jdbc.sql("UPDATE registered_measure SET parent_id = NULL WHERE parent_id = ?").param(entry).update();
                jdbc.sql("DELETE FROM registered_measure WHERE id = ?").param(entry).update();
                removed.add(entry);
            }
        }
        return removed;
    }

    public Optional<RegisteredMeasure> find(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = ?").param(id).query(RegisterRepository::map).optional();
    }

    /** The candidates and decisions behind an entry. */
    public List<Map<String, Object>> sources(long id) {
        return jdbc.sql("SELECT candidate_id, decision_id FROM register_source WHERE measure_id = ? ORDER BY candidate_id").param(id)
                .query((rs, n) -> Map.<String, Object>of("candidateId", rs.getLong(1), "decisionId", rs.getLong(2))).list();
    }

    public Paged<RegisteredMeasure> page(RegisterFilter filter, PageRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM registered_measure m JOIN document d ON d.id = m.document_id" + where).params(params)
                .query(Long.class).single();
        List<RegisteredMeasure> items = jdbc.sql(SELECT + where + request.orderBy(RegisterColumns.SORTABLE, "m.id") + " OFFSET "
                + request.offset() + " ROWS FETCH NEXT " + request.size() + " ROWS ONLY").params(params).query(RegisterRepository::map).list();
        return new Paged<>(items, request.page(), request.size(), total, request.sort(), filter);
    }

    /** @return false when the entry is no longer at {@code expectedVersion} (nothing written) */
    public boolean update(long id, int expectedVersion, Map<String, Object> columnValues) {
        List<String> sets = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        columnValues.forEach((column, value) -> {
            sets.add(column + " = :" + column);
            params.put(column, value);
        });
        params.put("id", id);
        params.put("expected", expectedVersion);
        params.put("now", Timestamp.from(Instant.now()));
        return jdbc.sql("UPDATE registered_measure SET " + String.join(", ", sets) + ", version = version + 1, updated_at = :now "
                + "WHERE id = :id AND version = :expected").params(params).update() == 1;
    }

    private static String where(RegisterFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        like(clauses, params, "LOWER(m.responsible_ministry)", "ministry", f.ministry() == null ? null : "%" + f.ministry().toLowerCase(Locale.ROOT) + "%");
        like(clauses, params, "LOWER(m.responsible_agency)", "agency", f.agency() == null ? null : "%" + f.agency().toLowerCase(Locale.ROOT) + "%");
        like(clauses, params, "m.technology", "technology", f.technology() == null ? null : "%|" + f.technology() + "|%");
        like(clauses, params, "m.purpose", "purpose", f.purpose() == null ? null : "%|" + f.purpose() + "|%");
        like(clauses, params, "(LOWER(m.name) || ' ' || LOWER(COALESCE(m.description, '')) || ' ' || LOWER(m.quote))", "q",
                f.q() == null || f.q().isBlank() ? null : "%" + f.q().toLowerCase(Locale.ROOT) + "%");
        if (f.year() != null) {
            clauses.add("m.pub_year = :year");
            params.put("year", f.year());
        }
        if (f.document() != null) {
            clauses.add("m.document_id = :document");
            params.put("document", f.document());
        }
        if (f.kind() != null) {
            clauses.add("m.kind = :kind");
            params.put("kind", f.kind().toUpperCase(Locale.ROOT));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static void like(List<String> clauses, Map<String, Object> params, String expression, String name, String pattern) {
        if (pattern != null) {
            clauses.add(expression + " LIKE :" + name);
            params.put(name, pattern);
        }
    }

    private static RegisteredMeasure map(ResultSet rs, int row) throws SQLException {
        return new RegisteredMeasure(rs.getLong("id"), rs.getString("kind"), rs.getString("name"), rs.getString("description"),
                RegisterColumns.split(rs.getString("responsible_agency")), rs.getString("responsible_ministry"),
                RegisterColumns.split(rs.getString("collaborators")), rs.getString("portfolio"), rs.getString("cost_frame"),
                rs.getString("funding_source"), rs.getString("organisation_form"), rs.getString("time_frame"), rs.getString("phase"),
                rs.getString("benefits"), RegisterColumns.split(rs.getString("purpose")), RegisterColumns.split(rs.getString("technology")),
                rs.getString("strategy_area"), RegisterColumns.split(rs.getString("sdgs")), rs.getString("dependencies"),
                rs.getString("deliverables"), rs.getObject("parent_id", Long.class), rs.getLong("document_id"), rs.getString("file_name"),
                rs.getObject("pub_year", Integer.class), rs.getString("quote"), rs.getObject("page", Integer.class), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
