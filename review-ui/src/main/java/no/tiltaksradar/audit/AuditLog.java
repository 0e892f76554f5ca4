package no.tiltaksradar.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail. Append-only by construction: this class is the only code that touches the
 * table, and it has no update and no delete.
 */
@Repository
public class AuditLog {
    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String entityType, Object entityId, Map<String, ?> details) {
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)")
                .params(java.sql.Timestamp.from(Instant.now()), actor, action, entityType, entityId == null ? null : String.valueOf(entityId),
                        toJson(details))
                .update();
    }

    /** The newest events first, optionally only those of one item. */
    public List<AuditEvent> recent(String entityType, String entityId, int limit) {
        String where = entityType == null ? "" : " WHERE entity_type = :type" + (entityId == null ? "" : " AND entity_id = :id");
        var statement = jdbc.sql("SELECT * FROM audit_event" + where + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY");
        if (entityType != null) {
            statement = statement.param("type", entityType);
            if (entityId != null) {
                statement = statement.param("id", entityId);
            }
        }
        return statement.query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("details"))).list();
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not serialisable: " + e.getOriginalMessage(), e);
        }
    }
}
