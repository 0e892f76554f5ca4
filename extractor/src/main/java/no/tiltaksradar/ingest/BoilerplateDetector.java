package no.tiltaksradar.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.model.TextLine;
import no.tiltaksradar.model.TextSpan;

/**
 * Finds running headers, footers and page numbers: lines near the top or bottom edge whose text
 * (digits ignored) recurs on many pages, and number lines whose value follows the physical page
 * number at a constant offset (so a stray "9" in a figure is not taken for a page number).
 */
final class BoilerplateDetector {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\-–—|]*(?:side|s\\.|page)?\\s*(\\d{1,4})(?:\\s*(?:av|/|of)\\s*\\d{1,4})?[\\s\\-–—|]*$");
    /** share of the page height, from either edge, where running headers and footers live */
    private static final float EDGE_BAND = 0.12f;

    record Result(List<List<TextSpan>> spans, List<String> labels) {
    }

    private record NumberLine(int page, TextLine line, int value) {
    }

    Result detect(List<PageTextCollector.RawPage> pages) {
        Map<String, Integer> pagesWithKey = countRecurringKeys(pages);
        List<NumberLine> numbers = numberLines(pages);
        Integer offset = dominantOffset(numbers, pages.size());
        int threshold = Math.max(2, (int) Math.ceil(pages.size() * 0.3));
        List<List<TextSpan>> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageTextCollector.RawPage page = pages.get(i);
            List<TextSpan> pageSpans = new ArrayList<>();
            String label = null;
            for (TextLine line : edgeLines(page)) {
                if (pages.size() > 1 && pagesWithKey.getOrDefault(key(textOf(page, line)), 0) >= threshold) {
                    pageSpans.add(new TextSpan(line.start(), line.end()));
                }
            }
            for (NumberLine number : numbers) {
                if (number.page() == i + 1 && offset != null && number.value() - number.page() == offset) {
                    TextSpan span = new TextSpan(number.line().start(), number.line().end());
                    if (!pageSpans.contains(span)) {
                        pageSpans.add(span);
                    }
                    label = Integer.toString(number.value());
                }
            }
            spans.add(pageSpans);
            labels.add(label);
        }
        return new Result(spans, labels);
    }

    private static Map<String, Integer> countRecurringKeys(List<PageTextCollector.RawPage> pages) {
        Map<String, Integer> pagesWithKey = new HashMap<>();
        for (PageTextCollector.RawPage page : pages) {
            Set<String> seen = new HashSet<>();
            for (TextLine line : edgeLines(page)) {
                seen.add(key(textOf(page, line)));
            }
            seen.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
        }
        return pagesWithKey;
    }

    private static List<NumberLine> numberLines(List<PageTextCollector.RawPage> pages) {
        List<NumberLine> numbers = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            for (TextLine line : edgeLines(pages.get(i))) {
                Matcher matcher = PAGE_NUMBER.matcher(textOf(pages.get(i), line));
                if (matcher.matches()) {
                    numbers.add(new NumberLine(i + 1, line, Integer.parseInt(matcher.group(1))));
                }
            }
        }
        return numbers;
    }

    /** The printed-minus-physical offset most pages agree on, if enough pages do. */
    private static Integer dominantOffset(List<NumberLine> numbers, int pageCount) {
        Map<Integer, Set<Integer>> pagesByOffset = new HashMap<>();
        for (NumberLine number : numbers) {
            pagesByOffset.computeIfAbsent(number.value() - number.page(), k -> new HashSet<>()).add(number.page());
        }
        int needed = pageCount == 1 ? 1 : Math.max(2, pageCount / 3);
        return pagesByOffset.entrySet().stream()
                .filter(e -> e.getValue().size() >= needed)
                .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static List<TextLine> edgeLines(PageTextCollector.RawPage page) {
        float height = page.height() > 0 ? page.height() : 842f;
        List<TextLine> edge = new ArrayList<>();
        // content order puts headers and footers anywhere in the stream, so position decides, not index
        for (TextLine line : page.lines()) {
            if (line.y() < height * EDGE_BAND || line.y() > height * (1 - EDGE_BAND)) {
                edge.add(line);
            }
        }
        return edge;
    }

    private static String textOf(PageTextCollector.RawPage page, TextLine line) {
        return page.text().substring(line.start(), line.end());
    }

    private static String key(String lineText) {
        return lineText.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
