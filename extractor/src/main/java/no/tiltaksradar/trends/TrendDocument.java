package no.tiltaksradar.trends;

import java.util.List;
import java.util.Optional;

/**
 * A document trends read: what is known about it and, when its file was given, its pages' text.
 *
 * @param id sha256 of the file
 * @param publisher publisher or ministry, may be null
 * @param year publication year, null when unknown
 * @param pages the pages' text; empty when only a results file was given
 */
public record TrendDocument(String id, String fileName, String title, String publisher, Integer year, List<PageText> pages) {
    public TrendDocument {
        pages = List.copyOf(pages);
    }

    /** One page's text, numbered as the file counts (1-based) with its printed label where known. */
    public record PageText(int number, String label, String text) {
    }

    public boolean hasText() {
        return !pages.isEmpty();
    }

    public Optional<PageText> page(int number) {
        return pages.stream().filter(p -> p.number() == number).findFirst();
    }

    public String text() {
        return String.join("\n", pages.stream().map(PageText::text).toList());
    }
}
