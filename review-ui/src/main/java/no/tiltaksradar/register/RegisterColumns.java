package no.tiltaksradar.register;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * API field names of the register to their columns. List fields are stored as {@code |a|b|} so
 * that a filter matches one whole element.
 */
final class RegisterColumns {
    static final Map<String, String> TEXT = Map.ofEntries(Map.entry("name", "name"), Map.entry("description", "description"),
            Map.entry("kind", "kind"), Map.entry("responsibleMinistry", "responsible_ministry"), Map.entry("portfolio", "portfolio"),
            Map.entry("costFrame", "cost_frame"), Map.entry("fundingSource", "funding_source"),
            Map.entry("organisationForm", "organisation_form"), Map.entry("timeFrame", "time_frame"), Map.entry("phase", "phase"),
            Map.entry("benefits", "benefits"), Map.entry("strategyArea", "strategy_area"), Map.entry("dependencies", "dependencies"),
            Map.entry("deliverables", "deliverables"));
    static final Map<String, String> LISTS = Map.of("responsibleAgency", "responsible_agency", "collaborators", "collaborators",
            "purpose", "purpose", "technology", "technology", "sdgs", "sdgs");
    static final Map<String, String> SORTABLE = Map.of("id", "m.id", "name", "m.name", "ministry", "m.responsible_ministry",
            "year", "m.pub_year", "document", "d.file_name", "updatedAt", "m.updated_at");

    private RegisterColumns() {
    }

    static String join(List<?> values) {
        return values == null || values.isEmpty() ? null
                : "|" + String.join("|", values.stream().map(v -> String.valueOf(v).replace('|', '/')).toList()) + "|";
    }

    static List<String> split(String stored) {
        return stored == null || stored.length() < 2 ? List.of()
                : Arrays.stream(stored.substring(1, stored.length() - 1).split("\\|")).filter(s -> !s.isEmpty()).toList();
    }
}
