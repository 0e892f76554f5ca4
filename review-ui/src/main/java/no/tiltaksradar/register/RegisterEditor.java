package no.tiltaksradar.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.web.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits of register entries, from the API and from the register screen alike: only the register's fields, only on
 * the version the editor saw, and each change recorded in the audit with its old and new value, by whom.
 */
@Service
public class RegisterEditor {
    private final RegisterRepository register;
    private final AuditLog audit;

    public RegisterEditor(RegisterRepository register, AuditLog audit) {
        this.register = register;
        this.audit = audit;
    }

    /**
     * @param fields API field name to new value (list fields take lists; null clears)
     * @throws ApiProblem 404 for an unknown entry, 400 for a field that cannot be set, 412 when someone changed it first
     */
    @Transactional
    public RegisteredMeasure edit(long id, int expectedVersion, Map<String, Object> fields, String user) {
        RegisteredMeasure current = register.find(id).orElseThrow(() -> ApiProblem.notFound("register entry", id));
        columns(fields); // refuses unknown fields and bad values before anything is compared
        if (fields.get("parentId") instanceof Number parent && parent.longValue() == id) {
            throw ApiProblem.badRequest("an entry cannot be its own parent");
        }
        if (current.version() != expectedVersion) {
            throw ApiProblem.stale("register entry", id, expectedVersion, current.version());
        }
        Map<String, Object> changes = changes(current, fields);
        if (changes.isEmpty()) {
            return current; // nothing to record: the form was saved as it was shown
        }
        Map<String, Object> changed = new LinkedHashMap<>(fields);
        changed.keySet().retainAll(changes.keySet());
        if (!register.update(id, expectedVersion, columns(changed), user)) {
            throw ApiProblem.stale("register entry", id, expectedVersion, current.version() + 1);
        }
        audit.record(user, "REGISTER_EDITED", "measure", id, Map.of("changes", changes, "version", expectedVersion));
        return register.find(id).orElseThrow();
    }

    /** Field to {from, to}, for the fields whose value really changes. */
    private static Map<String, Object> changes(RegisteredMeasure current, Map<String, Object> fields) {
        Map<String, Object> changes = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            Object before = RegisterFields.value(current, field);
            if (!Objects.equals(normalised(before), normalised(value))) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", before);
                change.put("to", value);
                changes.put(field, change);
            }
        });
        return changes;
    }

    private static Object normalised(Object value) {
        if (value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return null;
        }
        return value instanceof Number number ? number.longValue() : value;
    }

    private static Map<String, Object> columns(Map<String, Object> fields) {
        if (fields.isEmpty()) {
            throw ApiProblem.badRequest("name at least one field to change");
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            if (RegisterColumns.TEXT.containsKey(field) && (value == null || value instanceof String || value instanceof Number)) {
                String text = value == null ? null : String.valueOf(value).strip();
                columns.put(RegisterColumns.TEXT.get(field), text == null || text.isEmpty() ? null : text);
            } else if (RegisterColumns.LISTS.containsKey(field) && (value == null || value instanceof List<?>)) {
                columns.put(RegisterColumns.LISTS.get(field), RegisterColumns.join((List<?>) value));
            } else if (field.equals("parentId") && (value == null || value instanceof Number)) {
                columns.put("parent_id", value == null ? null : ((Number) value).longValue());
            } else {
                throw ApiProblem.badRequest("'" + field + "' cannot be set here; fields are " + RegisterColumns.TEXT.keySet() + ", "
                        + RegisterColumns.LISTS.keySet() + " (lists) and parentId");
            }
        });
        if (columns.containsKey("name") && columns.get("name") == null) {
            throw ApiProblem.badRequest("a register entry needs a name");
        }
        if (columns.containsKey("kind") && columns.get("kind") == null) {
            throw ApiProblem.badRequest("a register entry needs a kind");
        }
        return columns;
    }
}
