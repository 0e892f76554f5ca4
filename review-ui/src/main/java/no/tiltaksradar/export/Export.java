package no.tiltaksradar.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an exporter writes: the rows, and how they came about.
 *
 * @param source what was exported, e.g. {@code register} or {@code run 7}
 * @param filters the filters that chose the rows, name to value, in the order the client gave them; empty means all
 * @param labels column key (and metadata key) to its heading in the reader's language
 * @param baseUri where the server answers, for the JSON-LD identifiers (no trailing slash)
 * @param itemPath the API path of one row below {@code baseUri}, before its id, e.g. {@code /api/register/}
 */
public record Export(String source, Map<String, String> filters, Instant createdAt, List<ExportRow> rows,
                     Function<String, String> labels, String baseUri, String itemPath) {

    public Export {
        filters = new LinkedHashMap<>(filters);
        rows = List.copyOf(rows);
    }

    public String label(String key) {
        return labels.apply(key);
    }

    /** The filters as one line, e.g. {@code ministry=Digitaliseringsdepartementet; year=2024}; "none" when empty. */
    public String filterLine() {
        if (filters.isEmpty()) {
            return label("meta.noFilters");
        }
        return String.join("; ", filters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
