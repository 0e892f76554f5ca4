package no.tiltaksradar.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts by one field: each value with the ids of the measures counted under it, so every count can cite
 * what it counts. Largest first, ties by name.
 */
public record Tally(String field, List<Bucket> buckets) {
    public Tally {
        buckets = List.copyOf(buckets);
    }

    /** One value of the field and the measures that carry it. */
    public record Bucket(String key, List<String> measureIds) {
        public Bucket {
            measureIds = List.copyOf(measureIds);
        }

        public int count() {
            return measureIds.size();
        }
    }

    public int count(String key) {
        return buckets.stream().filter(b -> b.key().equals(key)).mapToInt(Bucket::count).findFirst().orElse(0);
    }

    /** Builds a tally from (key, id) pairs; a measure counted twice under one key counts once. */
    static Tally of(String field, Map<String, List<String>> idsByKey) {
        List<Bucket> buckets = new ArrayList<>();
        idsByKey.forEach((key, ids) -> buckets.add(new Bucket(key, ids.stream().distinct().toList())));
        buckets.sort(Comparator.comparingInt(Bucket::count).reversed().thenComparing(Bucket::key));
        return new Tally(field, buckets);
    }

    /** A key-ordered collector, for fields whose order is their meaning (years). */
    static Tally ordered(String field, Map<String, List<String>> idsByKey) {
        List<Bucket> buckets = new ArrayList<>();
        new java.util.TreeMap<>(idsByKey).forEach((key, ids) -> buckets.add(new Bucket(key, ids.stream().distinct().toList())));
        return new Tally(field, buckets);
    }

    /**
     * A name as counted: trimmed, first letter capital, so "departementet" at a sentence's start and inside one
     * count as one actor.
     */
    public static String name(String value) {
        String v = value.strip();
        return v.isEmpty() ? v : v.substring(0, v.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT) + v.substring(v.offsetByCodePoints(0, 1));
    }

    static Map<String, List<String>> newIndex() {
        return new LinkedHashMap<>();
    }
}
