package no.tiltaksradar.audit;

import java.time.Instant;

/** One change: who did what to which item, with the details as JSON. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                         String details) {
}
