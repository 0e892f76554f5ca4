package no.tiltaksradar.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.audit.AuditEvent;

/** One audit event of a register entry as the register screen shows it: who, when, and each field's old and new value. */
public record HistoryEntry(Instant at, String actor, String action, List<Change> changes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Times are shown in Norway's zone, where the register's readers are. */
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Oslo"));

    public record Change(String field, String from, String to) {
    }

    public String when() {
        return SHOWN.format(at);
    }

    static HistoryEntry of(AuditEvent event) {
        List<Change> changes = new ArrayList<>();
        try {
            JsonNode details = JSON.readTree(event.details()).path("changes");
            details.properties().forEach(e -> changes.add(new Change(e.getKey(), text(e.getValue().get("from")), text(e.getValue().get("to")))));
        } catch (IOException e) {
            // older events without from/to show who and when only
        }
        return new HistoryEntry(event.occurredAt(), event.actor(), event.action(), changes);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join("; ", items);
        }
        return value.asText();
    }
}
