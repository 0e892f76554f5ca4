package no.tiltaksradar.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A candidate's editable fields: the record's values with the reviewers' corrections on top. */
final class EffectiveFields {
    /** Fields a reviewer may correct; list fields take a JSON array. */
    static final Set<String> EDITABLE = Set.of("name", "kind", "description", "section", "responsible", "ministry", "collaborators",
            "deadline", "technology", "purpose");
    private static final Set<String> LISTS = Set.of("responsible", "collaborators", "technology", "purpose");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EffectiveFields() {
    }

    static Map<String, Object> of(String recordJson, String editsJson) {
        JsonNode record = read(recordJson);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : EDITABLE.stream().sorted().toList()) {
            fields.put(field, value(record.get(field), LISTS.contains(field)));
        }
        fields.putAll(edits(editsJson));
        return fields;
    }

    static Map<String, Object> edits(String editsJson) {
        Map<String, Object> edits = new LinkedHashMap<>();
        read(editsJson).properties().forEach(e -> edits.put(e.getKey(), value(e.getValue(), LISTS.contains(e.getKey()))));
        return edits;
    }

    /** Checks a reviewer's value for a field and brings it to the stored shape. */
    static Object normalise(String field, Object value) {
        if (!EDITABLE.contains(field)) {
            throw new IllegalArgumentException("'" + field + "' cannot be edited; editable fields are " + EDITABLE.stream().sorted().toList());
        }
        if (value == null) {
            return null;
        }
        if (LISTS.contains(field)) {
            if (!(value instanceof List<?> list)) {
                throw new IllegalArgumentException("'" + field + "' takes a list of text, e.g. [\"Digdir\"]");
            }
            return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        String text = String.valueOf(value).strip();
        if (field.equals("kind") && !Set.of("MEASURE", "GOAL").contains(text.toUpperCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("kind is MEASURE or GOAL, not " + text);
        }
        return field.equals("kind") ? text.toUpperCase(java.util.Locale.ROOT) : text;
    }

    static String write(Map<String, Object> edits) {
        try {
            return JSON.writeValueAsString(edits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonNode node, boolean list) {
        if (node == null || node.isNull()) {
            return list ? List.of() : null;
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asText()));
            return values;
        }
        return node.asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null ? "{}" : json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
