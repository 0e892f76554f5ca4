package no.tiltaksradar.trends;

import java.util.List;

/**
 * A theme counted in documents' text by its terms.
 *
 * @param terms words or phrases; {@code *} at a word's end matches any continuation; an all-capital word matches in capitals only
 */
public record Theme(String id, String label, List<String> terms) {
    public Theme {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("theme " + id + " has no terms");
        }
        terms = List.copyOf(terms);
    }

    /** The terms as plain words for a search query (wildcards and hyphens dropped). */
    public String query() {
        return String.join(" ", terms).replace("*", "").replace("-", " ");
    }
}
