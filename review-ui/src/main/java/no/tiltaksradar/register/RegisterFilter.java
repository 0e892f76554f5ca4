package no.tiltaksradar.register;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters of the register list; null means any (a blank value, as an empty form field sends, is read as null).
 * {@code q} is a Norwegian full-text search over the entry's text fields and quote.
 */
public record RegisterFilter(String ministry, String agency, Integer year, String technology, String purpose, Long document,
                             String kind, String q) {

    public RegisterFilter {
        ministry = blankToNull(ministry);
        agency = blankToNull(agency);
        technology = blankToNull(technology);
        purpose = blankToNull(purpose);
        kind = blankToNull(kind);
        q = blankToNull(q);
    }

    public static RegisterFilter none() {
        return new RegisterFilter(null, null, null, null, null, null, null, null);
    }

    /** A search without an explicit sort lists the best matches first. */
    public boolean byRelevance(String sort) {
        return q != null && (sort == null || sort.isBlank());
    }

    /** The filters that are set, by their request parameter names, in a fixed order. */
    public Map<String, String> asMap() {
        Map<String, String> set = new LinkedHashMap<>();
        put(set, "q", q);
        put(set, "ministry", ministry);
        put(set, "agency", agency);
        put(set, "year", year);
        put(set, "technology", technology);
        put(set, "purpose", purpose);
        put(set, "document", document);
        put(set, "kind", kind);
        return set;
    }

    private static void put(Map<String, String> map, String name, Object value) {
        if (value != null) {
            map.put(name, String.valueOf(value));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
