package no.tiltaksradar.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answer.
 *
 * @param page 0-based page number
 * @param total number of items matching the filters, over all pages
 * @param filters the filters that produced this answer, as the server understood them
 */
public record Paged<T>(List<T> items, int page, int size, long total, String sort, Object filters) {
    public Paged {
        items = List.copyOf(items);
    }

    public <R> Paged<R> map(Function<T, R> mapping) {
        return new Paged<>(items.stream().map(mapping).toList(), page, size, total, sort, filters);
    }
}
