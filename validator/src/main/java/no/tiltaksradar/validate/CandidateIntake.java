package no.tiltaksradar.validate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.model.CandidateInput;

/**
 * One line of a candidates file as whoever wrote it — another proposer, a person, a careless model —
 * read without refusing anything: a value of the wrong type is left out and named, a line that is no
 * JSON object at all still becomes a record (of no document) that names the fault. So one bad line
 * never stops a batch, and each bad record reaches the reviewer as "needs review" with its reason.
 */
final class CandidateIntake {
    private final ObjectMapper json;

    CandidateIntake(ObjectMapper json) {
        this.json = json;
    }

    CandidateInput.Read read(String line, int number) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            return unreadable(number, "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return unreadable(number, "not a JSON object");
        }
        List<String> problems = new ArrayList<>();
        Fields f = new Fields(node, problems);
        CandidateInput input = new CandidateInput(f.text("document"), f.text("documentSha256"), f.text("id"), f.text("kind"),
                f.text("name"), f.text("quote"), f.integer("page"), f.integer("pageEnd"), f.text("pageLabel"), f.integer("charStart"),
                f.integer("charEnd"), f.text("section"), f.list("responsible"), f.text("ministry"), f.list("collaborators"),
                f.text("deadline"), f.list("technology"), f.list("purpose"), f.text("parent"), f.number("confidence"),
                f.text("proposer"), f.text("origin"));
        CandidateInput.Read read = input.read();
        problems.addAll(read.problems());
        return new CandidateInput.Read(read.candidate(), problems);
    }

    private static CandidateInput.Read unreadable(int number, String why) {
        CandidateInput input = new CandidateInput(null, null, "line-" + number, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        // the line's own fault says it all: that it names no document or quote follows from it
        return new CandidateInput.Read(input.read().candidate(), List.of("line " + number + ": " + why));
    }

    /** The fields of one object, each of the type the record format gives it or absent with a problem. */
    private record Fields(JsonNode node, List<String> problems) {
        String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isValueNode()) {
                return value.asText(); // a number or true where text belongs is still the writer's text
            }
            return wrongType(field, value, "text");
        }

        Integer integer(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.canConvertToInt() && value.isIntegralNumber()) {
                return value.intValue();
            }
            if (value.isTextual() && value.asText().strip().matches("-?\\d{1,9}")) {
                return Integer.parseInt(value.asText().strip());
            }
            return wrongType(field, value, "a whole number");
        }

        Double number(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isNumber()) {
                return value.doubleValue();
            }
            try {
                return value.isTextual() ? Double.valueOf(value.asText().strip()) : wrongType(field, value, "a number");
            } catch (NumberFormatException e) {
                return wrongType(field, value, "a number");
            }
        }

        List<String> list(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isTextual()) {
                return value.asText().isBlank() ? List.of() : List.of(value.asText()); // one name where a list belongs
            }
            if (!value.isArray()) {
                return wrongType(field, value, "a list of names");
            }
            List<String> names = new ArrayList<>();
            for (JsonNode entry : value) {
                if (entry.isValueNode() && !entry.isNull()) {
                    names.add(entry.asText());
                } else {
                    problems.add(field + ": an entry " + abbreviated(entry) + " is not a name; left out");
                }
            }
            return names;
        }

        private <T> T wrongType(String field, JsonNode value, String expected) {
            problems.add(field + ": " + abbreviated(value) + " is not " + expected + "; left out");
            return null;
        }

        private static String abbreviated(JsonNode value) {
            String text = value.toString();
            return text.length() <= 40 ? text : text.substring(0, 37) + "...";
        }
    }
}
