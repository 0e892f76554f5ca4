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
 * number at a constant offset (so a stray "9" in a figure is not taken for a page number). Front
 * matter is often numbered in roman numerals and the body restarts at 1: roman numbers that keep
 * one offset over two pages or more are labels too, and so are a single roman number and the
 * arabic 1 on the page right after it, the restart being its own evidence.
 */
final class BoilerplateDetector {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\-–—|]*(?:side|s\\.|page)?\\s*(\\d{1,4})(?:\\s*(?:av|/|of)\\s*\\d{1,4})?[\\s\\-–—|]*$");
    /** A roman page number alone on its line, as front matter prints them ("iii", "Side IV"). */
    private static final Pattern ROMAN_PAGE_NUMBER = Pattern.compile("(?i)^[\\s\\-–—|]*(?:side|s\\.|page)?\\s*([ivxl]{1,6})[\\s\\-–—|]*$");
    /** share of the page height, from either edge, where running headers and footers live */
    private static final float EDGE_BAND = 0.12f;

    record Result(List<List<TextSpan>> spans, List<String> labels) {
    }

    private record NumberLine(int page, TextLine line, int value, boolean roman) {
        int offset() {
            return value - page;
        }
    }

    Result detect(List<PageTextCollector.RawPage> pages) {
        Map<String, Integer> pagesWithKey = countRecurringKeys(pages);
        List<NumberLine> numbers = numberLines(pages);
        Set<NumberLine> labelLines = labelLines(numbers, pages.size());
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
                if (number.page() == i + 1 && labelLines.contains(number)) {
                    TextSpan span = new TextSpan(number.line().start(), number.line().end());
                    if (!pageSpans.contains(span)) {
                        pageSpans.add(span);
                    }
                    label = number.roman() ? textOf(page, number.line()).strip().replaceAll("(?i)^(?:side|s\\.|page)\\s*", "")
                            : Integer.toString(number.value());
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
                String text = textOf(pages.get(i), line);
                Matcher arabic = PAGE_NUMBER.matcher(text);
                Matcher roman = ROMAN_PAGE_NUMBER.matcher(text);
                if (arabic.matches()) {
                    numbers.add(new NumberLine(i + 1, line, Integer.parseInt(arabic.group(1)), false));
                } else if (roman.matches() && romanValue(roman.group(1)) > 0) {
                    numbers.add(new NumberLine(i + 1, line, romanValue(roman.group(1)), true));
                }
            }
        }
        return numbers;
    }

    /** The number lines that are page labels (see the class comment). */
    private static Set<NumberLine> labelLines(List<NumberLine> numbers, int pageCount) {
        List<NumberLine> arabic = numbers.stream().filter(n -> !n.roman()).toList();
        List<NumberLine> roman = numbers.stream().filter(NumberLine::roman).toList();
        Integer arabicOffset = dominantOffset(arabic, pageCount);
        Set<NumberLine> labels = new HashSet<>();
        arabic.stream().filter(n -> arabicOffset != null && n.offset() == arabicOffset).forEach(labels::add);
        Map<Integer, Long> romanPagesByOffset = new HashMap<>();
        roman.forEach(n -> romanPagesByOffset.merge(n.offset(), 1L, Long::sum));
        roman.stream().filter(n -> romanPagesByOffset.get(n.offset()) >= 2).forEach(labels::add);
        for (NumberLine front : roman) {
            for (NumberLine body : arabic) {
                if (body.value() == 1 && body.page() == front.page() + 1) {
                    labels.add(front);
                    labels.add(body);
                }
            }
        }
        return labels;
    }

    /** The value of a roman numeral written the usual way (i to l), else -1: "il" or "iiii" is no page number. */
    static int romanValue(String numeral) {
        String lower = numeral.toLowerCase(Locale.ROOT);
        int value = 0;
        for (int i = 0; i < lower.length(); i++) {
            int digit = romanDigit(lower.charAt(i));
            int next = i + 1 < lower.length() ? romanDigit(lower.charAt(i + 1)) : 0;
            value += digit < next ? -digit : digit;
        }
        return value > 0 && toRoman(value).equals(lower) ? value : -1;
    }

    private static int romanDigit(char c) {
        return switch (c) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            case 'l' -> 50;
            default -> 0;
        };
    }

    private static String toRoman(int value) {
        int[] values = {50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(numerals[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }

    /** The printed-minus-physical offset most pages agree on, if enough pages do. */
    private static Integer dominantOffset(List<NumberLine> numbers, int pageCount) {
        Map<Integer, Set<Integer>> pagesByOffset = new HashMap<>();
        for (NumberLine number : numbers) {
            pagesByOffset.computeIfAbsent(number.offset(), k -> new HashSet<>()).add(number.page());
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
