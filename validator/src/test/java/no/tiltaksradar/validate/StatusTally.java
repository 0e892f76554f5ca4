package no.tiltaksradar.validate;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Counts statuses per variant kind and prints them as a table. */
final class StatusTally {
    private final Map<Variant.Kind, Map<ValidationStatus, Integer>> counts = new EnumMap<>(Variant.Kind.class);
    private final Map<Variant.Kind, double[]> scores = new EnumMap<>(Variant.Kind.class);

    void add(Variant.Kind kind, Verdict verdict) {
        counts.computeIfAbsent(kind, k -> new EnumMap<>(ValidationStatus.class)).merge(verdict.status(), 1, Integer::sum);
        double[] sum = scores.computeIfAbsent(kind, k -> new double[2]);
        sum[0] += verdict.score();
        sum[1]++;
    }

    int count(Variant.Kind kind, ValidationStatus status) {
        return counts.getOrDefault(kind, Map.of()).getOrDefault(status, 0);
    }

    int total(Variant.Kind kind) {
        return counts.getOrDefault(kind, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A variant passes when a mutation is not verified and an artefact is. */
    int passed(Variant.Kind kind) {
        int verified = count(kind, ValidationStatus.VERIFIED) + count(kind, ValidationStatus.VERIFIED_FUZZY);
        return kind.artefact ? verified : total(kind) - verified - count(kind, ValidationStatus.WRONG_PAGE);
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-17s %6s %9s %7s %8s %10s %6s %10s%n",
                "kind", "n", "VERIFIED", "FUZZY", "WRONG_PG", "NOT_FOUND", "pass", "mean score"));
        for (Variant.Kind kind : Variant.Kind.values()) {
            double[] s = scores.getOrDefault(kind, new double[] {0, 1});
            out.append(String.format(Locale.ROOT, "%-17s %6d %9d %7d %8d %10d %6s %10.3f%n", kind, total(kind),
                    count(kind, ValidationStatus.VERIFIED), count(kind, ValidationStatus.VERIFIED_FUZZY),
                    count(kind, ValidationStatus.WRONG_PAGE), count(kind, ValidationStatus.NOT_FOUND),
                    passed(kind) + "/" + total(kind), s[0] / Math.max(1, s[1])));
        }
        return out.toString();
    }
}
