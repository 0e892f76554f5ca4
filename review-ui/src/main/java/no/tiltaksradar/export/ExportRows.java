package no.tiltaksradar.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.candidate.Candidate;
import no.tiltaksradar.register.RegisteredMeasure;

/** Register entries and candidates as export rows. */
final class ExportRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportRows() {
    }

    static ExportRow of(RegisteredMeasure m) {
        return new ExportRow(m.id(), m.kind(), m.name(), m.description(), m.responsibleAgency(), m.responsibleMinistry(),
                m.collaborators(), m.portfolio(), m.costFrame(), m.fundingSource(), m.organisationForm(), m.timeFrame(), m.phase(),
                m.benefits(), m.purpose(), m.technology(), m.strategyArea(), m.sdgs(), m.dependencies(), m.deliverables(), m.parentId(),
                m.documentId(), m.documentName(), m.year(), m.quote(), m.page(), null, null);
    }

    /** A candidate's fields as proposed, with a reviewer's corrections on top; the register-only fields stay empty. */
    static ExportRow of(Candidate c, Integer year) {
        JsonNode record = read(c.record());
        JsonNode edits = read(c.edits());
        return new ExportRow(c.id(), text(record, edits, "kind", c.kind()), text(record, edits, "name", c.name()),
                text(record, edits, "description", null), list(record, edits, "responsible"), text(record, edits, "ministry", c.ministry()),
                list(record, edits, "collaborators"), null, null, null, null, text(record, edits, "deadline", null), null, null,
                list(record, edits, "purpose"), list(record, edits, "technology"), null, List.of(), null, null, c.parentId(),
                c.documentId(), c.documentName(), year, c.quote(), c.page(), c.pageLabel(), c.reviewState());
    }

    private static String text(JsonNode record, JsonNode edits, String field, String fallback) {
        JsonNode value = edits.has(field) ? edits.get(field) : record.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static List<String> list(JsonNode record, JsonNode edits, String field) {
        JsonNode value = edits.has(field) ? edits.get(field) : record.get(field);
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> values.add(v.asText()));
        } else if (value != null && value.isTextual() && !value.asText().isBlank()) {
            values.add(value.asText());
        }
        return values;
    }

    private static JsonNode read(String json) {
        try {
            return json == null || json.isBlank() ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored candidate JSON is unreadable: " + e.getMessage(), e);
        }
    }
}
