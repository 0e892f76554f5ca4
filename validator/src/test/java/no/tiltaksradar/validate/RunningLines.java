package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.model.TextSpan;

/**
 * Test-only guess at running headers and footers, as the ingester will mark them: the first and
 * last two lines of a page whose text, digits aside, recurs at the edge of three or more pages.
 */
final class RunningLines {
    private static final int EDGE = 2;

    private RunningLines() {
    }

    static List<List<TextSpan>> spans(List<String> pages) {
        Map<String, Integer> pagesPerKey = new HashMap<>();
        List<List<TextSpan>> edges = pages.stream().map(RunningLines::edgeLines).toList();
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p);
            edges.get(p).stream().map(span -> key(text, span)).distinct().forEach(k -> pagesPerKey.merge(k, 1, Integer::sum));
        }
        List<List<TextSpan>> result = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p);
            result.add(edges.get(p).stream().filter(span -> pagesPerKey.get(key(text, span)) >= 3).toList());
        }
        return result;
    }

    private static String key(String text, TextSpan span) {
        return text.substring(span.start(), span.end()).trim().replaceAll("\\d+", "#");
    }

    private static List<TextSpan> edgeLines(String text) {
        List<TextSpan> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    lines.add(new TextSpan(start, i));
                }
                start = i + 1;
            }
        }
        if (lines.size() <= 2 * EDGE) {
            return lines;
        }
        List<TextSpan> edges = new ArrayList<>(lines.subList(0, EDGE));
        edges.addAll(lines.subList(lines.size() - EDGE, lines.size()));
        return edges;
    }
}
