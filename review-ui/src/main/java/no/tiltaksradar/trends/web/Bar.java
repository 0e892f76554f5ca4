package no.tiltaksradar.trends.web;

import java.util.List;
import no.tiltaksradar.trends.Tally;

/**
 * One bar of a server-drawn SVG chart; widths are SVG attributes, so no inline style is needed under the CSP.
 *
 * @param width bar length in the chart's user units (0..{@link #MAX})
 */
record Bar(String label, int count, int width) {
    static final int MAX = 160;

    static List<Bar> of(Tally tally, int limit) {
        int largest = tally.buckets().stream().mapToInt(Tally.Bucket::count).max().orElse(1);
        return tally.buckets().stream().limit(limit)
                .map(b -> new Bar(b.key(), b.count(), Math.max(1, Math.round((float) MAX * b.count() / Math.max(1, largest))))).toList();
    }
}
