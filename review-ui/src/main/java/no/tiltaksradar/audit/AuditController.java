package no.tiltaksradar.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** Admins read the audit trail; nobody writes it over HTTP. */
@RestController
@Tag(name = "Audit", description = "The append-only audit trail (admin)")
@RequestMapping("/api/audit")
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditEvent> recent(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                            @RequestParam(defaultValue = "100") int limit) {
        return audit.recent(entityType, entityId, Math.min(limit, 1000));
    }
}
