package no.tiltaksradar.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The register's table. Lists are answered in two steps: the ids of every entry the filters (and the full-text
 * search) select, in order, then the rows of one page; the register holds thousands of entries, not millions.
 */
@Repository
public class RegisterRepository {
    private static final String FROM = " FROM registered_measure m JOIN document d ON d.id = m.document_id";
    private static final String SELECT = "SELECT m.*, d.file_name" + FROM;
    private final JdbcClient jdbc;
    private final RegisterSearch search;

    public RegisterRepository(JdbcClient jdbc, RegisterSearch search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    /** A new register entry from an accepted candidate, linked to that candidate and the accepting decision. */
    public long insert(long candidateId, long decisionId, long documentId, Map<String, Object> fields, String quote, Integer page) {
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO registered_measure (kind, name, description, responsible_agency, responsible_ministry, collaborators, "
                        + "time_frame, purpose, technology, document_id, quote, page, pub_year, version, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT pub_year FROM document WHERE id = ?), 0, ?, ?)")
                // the record says "measure"/"goal", a reviewer's edit says "MEASURE"/"GOAL": the register keeps one spelling
                .params(String.valueOf(fields.getOrDefault("kind", "MEASURE")).toUpperCase(Locale.ROOT),
                        fields.get("name") == null ? quote : fields.get("name"),
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
     * Carries the candidates' parent links over to the register: the new entry gets the entry of its candidate's
     * parent (when that one is registered), and entries whose candidates name this candidate as parent get this entry.
     */
    public void linkFamily(long measureId, long candidateId, Long parentCandidateId) {
        Timestamp now = Timestamp.from(Instant.now());
        if (parentCandidateId != null) {
            jdbc.sql("UPDATE registered_measure SET parent_id = (SELECT MIN(s.measure_id) FROM register_source s WHERE s.candidate_id = ?) "
                    + "WHERE id = ? AND EXISTS (SELECT 1 FROM register_source s WHERE s.candidate_id = ?)")
                    .params(parentCandidateId, measureId, parentCandidateId).update();
        }
        jdbc.sql("UPDATE registered_measure SET parent_id = ?, version = version + 1, updated_at = ? WHERE parent_id IS NULL AND id <> ? "
                + "AND id IN (SELECT s.measure_id FROM register_source s JOIN candidate c ON c.id = s.candidate_id WHERE c.parent_id = ?)")
                .params(measureId, now, measureId, candidateId).update();
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
        List<Long> removed = new ArrayList<>();
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

    /** One page of the flat list; with a search text and no sort asked for, best matches first. */
    public Paged<RegisteredMeasure> page(RegisterFilter filter, PageRequest request, boolean byRelevance) {
        List<RegisterTree.Entry> ids = matching(filter, request, byRelevance);
        List<Long> slice = ids.stream().skip(request.offset()).limit(request.size()).map(RegisterTree.Entry::id).toList();
        return new Paged<>(byIds(slice), request.page(), request.size(), ids.size(), sort(request, byRelevance), filter);
    }

    /** One page of the tree: {@code size} roots with all their matching descendants; {@code total} counts roots. */
    public Paged<RegisterTreeRow> tree(RegisterFilter filter, PageRequest request, boolean byRelevance) {
        RegisterTree tree = new RegisterTree(matching(filter, request, byRelevance));
        List<RegisterTree.Node> nodes = tree.page(request.offset(), request.size());
        Map<Long, RegisteredMeasure> rows = byIds(nodes.stream().map(RegisterTree.Node::id).toList()).stream()
                .collect(Collectors.toMap(RegisteredMeasure::id, Function.identity()));
        List<RegisterTreeRow> items = nodes.stream().map(n -> new RegisterTreeRow(rows.get(n.id()), n.depth(), n.children())).toList();
        return new Paged<>(items, request.page(), request.size(), tree.rootCount(), sort(request, byRelevance), filter);
    }

    /**
     * Every entry the filters select, in the order of the register list: what an export writes.
     *
     * @param sort as in the list ({@code field,desc}); null for the list's default
     */
    public List<RegisteredMeasure> all(RegisterFilter filter, String sort) {
        PageRequest order = PageRequest.of(0, 1, sort, RegisterColumns.SORTABLE, "id,asc");
        List<RegisteredMeasure> all = new ArrayList<>();
        List<Long> ids = matching(filter, order, filter.byRelevance(sort)).stream().map(RegisterTree.Entry::id).toList();
        for (int from = 0; from < ids.size(); from += PageRequest.MAX_SIZE) {
            all.addAll(byIds(ids.subList(from, Math.min(ids.size(), from + PageRequest.MAX_SIZE))));
        }
        return all;
    }

    /**
     * @param columnValues column name to new value
     * @return false when the entry is no longer at {@code expectedVersion} (nothing written)
     */
    public boolean update(long id, int expectedVersion, Map<String, Object> columnValues, String user) {
        List<String> sets = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        columnValues.forEach((column, value) -> {
            sets.add(column + " = :" + column);
            params.put(column, value);
        });
        params.put("id", id);
        params.put("expected", expectedVersion);
        params.put("now", Timestamp.from(Instant.now()));
        params.put("user", user);
        return jdbc.sql("UPDATE registered_measure SET " + String.join(", ", sets) + ", version = version + 1, updated_at = :now, "
                + "updated_by = :user WHERE id = :id AND version = :expected").params(params).update() == 1;
    }

    /** The values present in the register for each filter. */
    public RegisterFacets facets() {
        return new RegisterFacets(distinct("responsible_ministry"), split("responsible_agency"),
                jdbc.sql("SELECT DISTINCT pub_year FROM registered_measure WHERE pub_year IS NOT NULL ORDER BY pub_year DESC")
                        .query(Integer.class).list(),
                split("technology"), split("purpose"),
                jdbc.sql("SELECT DISTINCT d.id, d.file_name FROM registered_measure m JOIN document d ON d.id = m.document_id ORDER BY d.file_name")
                        .query((rs, n) -> new RegisterFacets.DocumentName(rs.getLong(1), rs.getString(2))).list());
    }

    private List<String> distinct(String column) {
        return jdbc.sql("SELECT DISTINCT " + column + " FROM registered_measure WHERE " + column + " IS NOT NULL ORDER BY " + column)
                .query(String.class).list();
    }

    private List<String> split(String listColumn) {
        TreeSet<String> values = new TreeSet<>(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(s -> s));
        jdbc.sql("SELECT DISTINCT " + listColumn + " FROM registered_measure WHERE " + listColumn + " IS NOT NULL").query(String.class)
                .list().forEach(stored -> values.addAll(RegisterColumns.split(stored)));
        return List.copyOf(values);
    }

    private List<RegisterTree.Entry> matching(RegisterFilter filter, PageRequest request, boolean byRelevance) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<Long> hits = filter.q() == null || filter.q().isBlank() ? null : search.search(filter.q());
        String where = where(filter, hits, params);
        List<RegisterTree.Entry> entries = jdbc.sql("SELECT m.id, m.parent_id" + FROM + where + request.orderBy(RegisterColumns.SORTABLE, "m.id"))
                .params(params).query((rs, n) -> new RegisterTree.Entry(rs.getLong(1), rs.getObject(2, Long.class))).list();
        if (hits != null && byRelevance) {
            Map<Long, Integer> rank = new HashMap<>();
            for (int i = 0; i < hits.size(); i++) {
                rank.put(hits.get(i), i);
            }
            entries = entries.stream().sorted(Comparator.comparing(e -> rank.get(e.id()))).toList();
        }
        return entries;
    }

    private List<RegisteredMeasure> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RegisteredMeasure> rows = jdbc.sql(SELECT + " WHERE m.id IN (:ids)").param("ids", ids).query(RegisterRepository::map)
                .list().stream().collect(Collectors.toMap(RegisteredMeasure::id, Function.identity()));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    private static String sort(PageRequest request, boolean byRelevance) {
        return byRelevance ? "relevance" : request.sort();
    }

    private static String where(RegisterFilter f, List<Long> hits, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        like(clauses, params, "LOWER(m.responsible_ministry)", "ministry", f.ministry() == null ? null : "%" + f.ministry().toLowerCase(Locale.ROOT) + "%");
        like(clauses, params, "LOWER(m.responsible_agency)", "agency", f.agency() == null ? null : "%" + f.agency().toLowerCase(Locale.ROOT) + "%");
        like(clauses, params, "m.technology", "technology", f.technology() == null ? null : "%|" + f.technology() + "|%");
        like(clauses, params, "m.purpose", "purpose", f.purpose() == null ? null : "%|" + f.purpose() + "|%");
        if (hits != null) {
            // no hit selects nothing; IN () is not valid SQL
            clauses.add(hits.isEmpty() ? "1 = 0" : "m.id IN (:hits)");
            if (!hits.isEmpty()) {
                params.put("hits", hits);
            }
        }
        if (f.year() != null) {
            clauses.add("m.pub_year = :year");
            params.put("year", f.year());
        }
        if (f.document() != null) {
            clauses.add("m.document_id = :document");
            params.put("document", f.document());
        }
        if (f.kind() != null) {
            clauses.add("UPPER(m.kind) = :kind");
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
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
