package no.tiltaksradar.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Decisions are appended and read; this class has no update and no delete. */
@Repository
public class DecisionRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcClient jdbc;

    public DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReviewDecision append(long candidateId, Action action, String reviewer, String reason, String comment,
                                 List<FieldChange> changes, int candidateVersion, Long relatedId) {
        Instant now = Instant.now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO review_decision (candidate_id, action, reviewer, decided_at, reason, comment_text, changes_json, "
                        + "candidate_version, related_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(candidateId, action.name(), reviewer, Timestamp.from(now), reason, comment, write(changes), candidateVersion, relatedId)
                .update(key, "id");
        return new ReviewDecision(key.getKey().longValue(), candidateId, action, reviewer, now, reason, comment, changes,
                candidateVersion, relatedId);
    }

    public List<ReviewDecision> forCandidate(long candidateId) {
        return jdbc.sql("SELECT * FROM review_decision WHERE candidate_id = ? ORDER BY id").param(candidateId)
                .query(DecisionRepository::map).list();
    }

    public List<ReviewDecision> recent(String reviewer, int limit) {
        String where = reviewer == null ? "" : " WHERE reviewer = :reviewer";
        var statement = jdbc.sql("SELECT * FROM review_decision" + where + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY");
        return (reviewer == null ? statement : statement.param("reviewer", reviewer)).query(DecisionRepository::map).list();
    }

    private static String write(List<FieldChange> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("field values must be text, numbers or lists: " + e.getOriginalMessage(), e);
        }
    }

    private static ReviewDecision map(ResultSet rs, int row) throws SQLException {
        List<FieldChange> changes;
        try {
            changes = JSON.readValue(rs.getString("changes_json"), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("decision " + rs.getLong("id") + " has unreadable changes", e);
        }
        return new ReviewDecision(rs.getLong("id"), rs.getLong("candidate_id"), Action.valueOf(rs.getString("action")),
                rs.getString("reviewer"), rs.getTimestamp("decided_at").toInstant(), rs.getString("reason"), rs.getString("comment_text"),
                changes, rs.getInt("candidate_version"), rs.getObject("related_id", Long.class));
    }
}
