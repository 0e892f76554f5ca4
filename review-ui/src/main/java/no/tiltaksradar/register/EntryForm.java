package no.tiltaksradar.register;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** The register entry's form: which fields it shows, how they read from the entry and back from the form. */
public final class EntryForm {
    /** One field of the form. {@code list} fields are written separated by semicolons. */
    public record Field(String key, String value, boolean multiline, boolean list, boolean registerOnly) {
        /** Long text and the name take the form's whole width. */
        public boolean wide() {
            return multiline || key.equals("name");
        }
    }

    static final List<String> TEXT = List.of("name", "description", "responsibleMinistry", "portfolio", "costFrame", "fundingSource",
            "organisationForm", "timeFrame", "phase", "benefits", "strategyArea", "dependencies", "deliverables");
    static final List<String> LISTS = List.of("responsibleAgency", "collaborators", "technology", "purpose", "sdgs");
    private static final List<String> MULTILINE = List.of("description", "benefits", "dependencies", "deliverables");
    private static final List<String> ORDER = List.of("name", "description", "responsibleAgency", "responsibleMinistry", "collaborators",
            "portfolio", "costFrame", "fundingSource", "organisationForm", "timeFrame", "phase", "benefits", "technology", "purpose",
            "strategyArea", "sdgs", "dependencies", "deliverables");

    private EntryForm() {
    }

    static List<Field> fields(RegisteredMeasure measure) {
        return ORDER.stream().map(key -> {
            Object value = RegisterFields.value(measure, key);
            String text = value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList())
                    : value == null ? "" : String.valueOf(value);
            return new Field(key, text, MULTILINE.contains(key), LISTS.contains(key), RegisterFields.REGISTER_ONLY.contains(key));
        }).toList();
    }

    /** The submitted fields by their API names; the editor keeps only those whose value changed. */
    static Map<String, Object> read(MultiValueMap<String, String> form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String key : ORDER) {
            String value = form.getFirst(key);
            if (value == null) {
                continue;
            }
            fields.put(key, LISTS.contains(key) ? split(value) : value.strip());
        }
        String parent = form.getFirst("parentId");
        if (parent != null) {
            fields.put("parentId", parent.isBlank() ? null : Long.valueOf(parent.strip()));
        }
        return fields;
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
