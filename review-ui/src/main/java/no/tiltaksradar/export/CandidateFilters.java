package no.tiltaksradar.export;

import java.util.LinkedHashMap;
import java.util.Map;
import no.tiltaksradar.candidate.CandidateFilter;

/** A candidate filter as the request parameters that set it, for the export's statement of its filters. */
final class CandidateFilters {
    private CandidateFilters() {
    }

    static Map<String, String> asMap(CandidateFilter f) {
        Map<String, String> set = new LinkedHashMap<>();
        put(set, "run", f.run());
        put(set, "status", f.status());
        put(set, "quoteStatus", f.quoteStatus());
        put(set, "document", f.document());
        put(set, "kind", f.kind());
        put(set, "minConfidence", f.minConfidence());
        put(set, "maxConfidence", f.maxConfidence());
        put(set, "ministry", f.ministry());
        put(set, "agency", f.agency());
        put(set, "year", f.year());
        put(set, "technology", f.technology());
        put(set, "purpose", f.purpose());
        put(set, "reviewState", f.reviewState());
        put(set, "q", f.q());
        return set;
    }

    private static void put(Map<String, String> map, String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            map.put(name, String.valueOf(value));
        }
    }
}
