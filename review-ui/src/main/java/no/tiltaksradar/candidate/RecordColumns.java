package no.tiltaksradar.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns a candidate is filtered and sorted by, read from its measure record. Read from the
 * JSON rather than from Java types so that records written by older or newer validators (one
 * {@code status}, or {@code quote}/{@code kind}/{@code fields} answers apart) all still load.
 */
record RecordColumns(String recordId, String kind, String name, String quote, Integer page, String pageLabel, String section,
                     String ministry, String agencies, String technology, String purpose, String deadline, double confidence,
                     String quoteStatus, String overallStatus, String proposer, int charStart, int charEnd) {

    /** True when the validator found the quote, so its offsets point at the text itself, not at a hint. */
    boolean found() {
        return charStart >= 0 && charEnd > charStart && quoteStatus != null && quoteStatus.startsWith("VERIFIED")
                || "WRONG_PAGE".equals(quoteStatus);
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    static RecordColumns of(String recordJson) {
        JsonNode r = parse(recordJson);
        JsonNode validation = r.path("validation");
        String quoteStatus = first(validation, "/quote/status", "/quoteStatus", "/status");
        String overall = first(validation, "/overall/status", "/overall", "/overallStatus", "/status");
        return new RecordColumns(text(r, "id"), text(r, "kind") == null ? "MEASURE" : text(r, "kind").toUpperCase(java.util.Locale.ROOT),
                nonNull(text(r, "name"), text(r, "quote")), nonNull(text(r, "quote"), ""),
                r.hasNonNull("page") && r.get("page").asInt() > 0 ? r.get("page").asInt() : null, text(r, "pageLabel"),
                text(r, "section"), text(r, "ministry"), joined(r.path("responsible"), r.path("collaborators")),
                joined(r.path("technology")), joined(r.path("purpose")), text(r, "deadline"), r.path("confidence").asDouble(0),
                quoteStatus, overall, nonNull(text(r, "proposer"), "unknown"), r.path("charStart").asInt(-1), r.path("charEnd").asInt(-1));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not a measure record: " + e.getMessage(), e);
        }
    }

    private static String first(JsonNode node, String... pointers) {
        for (String pointer : pointers) {
            JsonNode value = node.at(pointer);
            if (value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String nonNull(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** List values as {@code |a|b|}, so a filter can match one whole element with {@code LIKE '%|a|%'}. */
    static String joined(JsonNode... arrays) {
        List<String> values = new ArrayList<>();
        for (JsonNode array : arrays) {
            array.forEach(v -> values.add(v.asText().replace('|', '/')));
        }
        return values.isEmpty() ? null : "|" + String.join("|", values) + "|";
    }
}
