package no.tiltaksradar.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Counts measures by document, year, ministry, agency, technology, purpose and kind; collaboration and deadlines. */
public final class AggregateCalculator {

    public Aggregates compute(TrendData data) {
        List<TrendMeasure> counted = data.countedMeasures();
        Map<String, List<String>> byDocument = Tally.newIndex();
        data.documents().forEach(d -> byDocument.put(d.fileName(), new ArrayList<>()));
        counted.forEach(m -> byDocument.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m.id()));
        List<String> without = byDocument.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).sorted().toList();
        List<String> collaborative = counted.stream().filter(m -> m.actors().size() >= 2).map(TrendMeasure::id).toList();
        return new Aggregates(counted.size(), data.documents().size(), Tally.of("document", byDocument),
                Tally.ordered("year", single(counted, m -> yearKey(data.yearOf(m)))),
                Tally.of("ministry", single(counted, data::ministryOf)),
                Tally.of("agency", multi(counted, TrendMeasure::responsible)),
                Tally.of("technology", multi(counted, TrendMeasure::technology)),
                Tally.of("purpose", multi(counted, TrendMeasure::purpose)),
                Tally.of("kind", single(data.measures().stream().filter(TrendMeasure::verified).toList(), TrendMeasure::kind)),
                collaborative,
                Tally.ordered("deadline", single(counted.stream().filter(m -> m.deadlineYear() != null).toList(),
                        m -> String.valueOf(m.deadlineYear()))),
                without);
    }

    private static String yearKey(Integer year) {
        return year == null ? TrendData.UNKNOWN : String.valueOf(year);
    }

    private static Map<String, List<String>> single(List<TrendMeasure> measures, Function<TrendMeasure, String> key) {
        Map<String, List<String>> index = Tally.newIndex();
        for (TrendMeasure m : measures) {
            String value = key.apply(m);
            index.computeIfAbsent(value == null || value.isBlank() ? TrendData.UNKNOWN : value, k -> new ArrayList<>()).add(m.id());
        }
        return index;
    }

    // a measure with no value for a many-valued field is counted under no key: "unknown" would swamp the list
    private static Map<String, List<String>> multi(List<TrendMeasure> measures, Function<TrendMeasure, List<String>> values) {
        Map<String, List<String>> index = Tally.newIndex();
        for (TrendMeasure m : measures) {
            for (String value : values.apply(m)) {
                if (value != null && !value.isBlank()) {
                    index.computeIfAbsent(Tally.name(value), k -> new ArrayList<>()).add(m.id());
                }
            }
        }
        return index;
    }
}
