package no.tiltaksradar.register;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.web.ApiProblem;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import no.tiltaksradar.web.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** The register: filtered pages, one entry with its sources, and edits of the fields extraction cannot know. */
@RestController
@Tag(name = "Register", description = "Accepted measures with the register's fields and their sources")
@RequestMapping("/api/register")
class RegisterController {
    private final RegisterRepository register;
    private final AuditLog audit;

    RegisterController(RegisterRepository register, AuditLog audit) {
        this.register = register;
        this.audit = audit;
    }

    @GetMapping
    Paged<RegisteredMeasure> list(RegisterFilter filter, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return register.page(filter, PageRequest.of(page, size, sort, RegisterColumns.SORTABLE, "id,asc"));
    }

    @GetMapping("/{id}")
    ResponseEntity<RegisteredMeasure> one(@PathVariable long id) {
        RegisteredMeasure measure = register.find(id).orElseThrow(() -> ApiProblem.notFound("register entry", id));
        return ResponseEntity.ok().eTag(Versions.etag(measure.version())).body(measure);
    }

    @GetMapping("/{id}/sources")
    List<Map<String, Object>> sources(@PathVariable long id) {
        one(id);
        return register.sources(id);
    }

    /** Body: field name to new value, plus optionally "version"; list fields take arrays. */
    @PatchMapping("/{id}")
    @Transactional
    ResponseEntity<RegisteredMeasure> edit(@PathVariable long id, @RequestBody Map<String, Object> body,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        RegisteredMeasure current = register.find(id).orElseThrow(() -> ApiProblem.notFound("register entry", id));
        Map<String, Object> fields = new LinkedHashMap<>(body);
        Object bodyVersion = fields.remove("version");
        int expected = Versions.expected(ifMatch, bodyVersion instanceof Number n ? n.intValue() : null, "register entry");
        Map<String, Object> columns = columns(fields);
        if (!register.update(id, expected, columns)) {
            throw ApiProblem.stale("register entry", id, expected, current.version());
        }
        audit.record(user.getName(), "REGISTER_EDITED", "measure", id, Map.of("changes", fields, "version", expected));
        return one(id);
    }

    private static Map<String, Object> columns(Map<String, Object> fields) {
        if (fields.isEmpty()) {
            throw ApiProblem.badRequest("name at least one field to change");
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            if (RegisterColumns.TEXT.containsKey(field)) {
                columns.put(RegisterColumns.TEXT.get(field), value == null ? null : String.valueOf(value));
            } else if (RegisterColumns.LISTS.containsKey(field) && (value == null || value instanceof List<?>)) {
                columns.put(RegisterColumns.LISTS.get(field), RegisterColumns.join((List<?>) value));
            } else if (field.equals("parentId") && (value == null || value instanceof Number)) {
                columns.put("parent_id", value == null ? null : ((Number) value).longValue());
            } else {
                throw ApiProblem.badRequest("'" + field + "' cannot be set here; fields are " + RegisterColumns.TEXT.keySet() + ", "
                        + RegisterColumns.LISTS.keySet() + " (lists) and parentId");
            }
        });
        return columns;
    }
}
