package no.tiltaksradar.register;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A register entry's editable fields by their API names, for comparing an edit with what was there. */
final class RegisterFields {
    private static final Map<String, Function<RegisteredMeasure, Object>> GETTERS = Map.ofEntries(
            Map.entry("name", RegisteredMeasure::name), Map.entry("description", RegisteredMeasure::description),
            Map.entry("kind", RegisteredMeasure::kind), Map.entry("responsibleMinistry", RegisteredMeasure::responsibleMinistry),
            Map.entry("portfolio", RegisteredMeasure::portfolio), Map.entry("costFrame", RegisteredMeasure::costFrame),
            Map.entry("fundingSource", RegisteredMeasure::fundingSource), Map.entry("organisationForm", RegisteredMeasure::organisationForm),
            Map.entry("timeFrame", RegisteredMeasure::timeFrame), Map.entry("phase", RegisteredMeasure::phase),
            Map.entry("benefits", RegisteredMeasure::benefits), Map.entry("strategyArea", RegisteredMeasure::strategyArea),
            Map.entry("dependencies", RegisteredMeasure::dependencies), Map.entry("deliverables", RegisteredMeasure::deliverables),
            Map.entry("responsibleAgency", RegisteredMeasure::responsibleAgency), Map.entry("collaborators", RegisteredMeasure::collaborators),
            Map.entry("purpose", RegisteredMeasure::purpose), Map.entry("technology", RegisteredMeasure::technology),
            Map.entry("sdgs", RegisteredMeasure::sdgs), Map.entry("parentId", RegisteredMeasure::parentId));

    /** Fields extraction cannot know, which the register screen offers for editing first. */
    static final List<String> REGISTER_ONLY = List.of("portfolio", "costFrame", "fundingSource", "organisationForm", "phase",
            "benefits", "strategyArea", "sdgs", "dependencies", "deliverables");

    private RegisterFields() {
    }

    static Object value(RegisteredMeasure measure, String field) {
        Function<RegisteredMeasure, Object> getter = GETTERS.get(field);
        return getter == null ? null : getter.apply(measure);
    }
}
