package no.tiltaksradar.register;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.audit.AuditEvent;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.web.ApiProblem;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import no.tiltaksradar.web.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register: filtered pages (flat or as a tree), one entry with its sources and history, and edits of its fields. */
@RestController
@Tag(name = "Register", description = "Accepted measures with the register's fields and their sources")
@RequestMapping("/api/register")
class RegisterController {
    private final RegisterRepository register;
    private final RegisterEditor editor;
    private final AuditLog audit;

    RegisterController(RegisterRepository register, RegisterEditor editor, AuditLog audit) {
        this.register = register;
        this.editor = editor;
        this.audit = audit;
    }

    /** With {@code q} and no {@code sort}, the best matches of the Norwegian full-text search come first. */
    @GetMapping
    Paged<RegisteredMeasure> list(RegisterFilter filter, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return register.page(filter, order(page, size, sort), filter.byRelevance(sort));
    }

    /** Roots with their matching children below them; {@code page} and {@code size} count roots. */
    @GetMapping("/tree")
    Paged<RegisterTreeRow> tree(RegisterFilter filter, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return register.tree(filter, order(page, size, sort), filter.byRelevance(sort));
    }

    @GetMapping("/facets")
    RegisterFacets facets() {
        return register.facets();
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

    /** Who registered and changed the entry, when, and each change's old and new value; newest first. */
    @GetMapping("/{id}/history")
    List<AuditEvent> history(@PathVariable long id) {
        one(id);
        return audit.recent("measure", String.valueOf(id), 200);
    }

    /** Body: field name to new value, plus optionally "version"; list fields take arrays. */
    @PatchMapping("/{id}")
    ResponseEntity<RegisteredMeasure> edit(@PathVariable long id, @RequestBody Map<String, Object> body,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        Map<String, Object> fields = new LinkedHashMap<>(body);
        Object bodyVersion = fields.remove("version");
        int expected = Versions.expected(ifMatch, bodyVersion instanceof Number n ? n.intValue() : null, "register entry");
        RegisteredMeasure edited = editor.edit(id, expected, fields, user.getName());
        return ResponseEntity.ok().eTag(Versions.etag(edited.version())).body(edited);
    }

    private static PageRequest order(Integer page, Integer size, String sort) {
        return PageRequest.of(page, size, sort, RegisterColumns.SORTABLE, "id,asc");
    }
}
