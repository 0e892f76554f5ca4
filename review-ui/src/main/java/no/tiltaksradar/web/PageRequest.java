package no.tiltaksradar.web;

import java.util.Locale;
import java.util.Map;

/**
 * Paging and sorting as a client asks for them ({@code page}, {@code size}, {@code sort=field,desc}),
 * checked against the columns a list may be sorted by, so a client never reaches raw SQL.
 */
public record PageRequest(int page, int size, String sortField, boolean descending) {
    public static final int MAX_SIZE = 500;

    /**
     * @param sortable API field name to SQL column
     * @throws ApiProblem for a negative page, a size out of range or an unknown sort field
     */
    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> sortable, String defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0 || s < 1 || s > MAX_SIZE) {
            throw ApiProblem.badRequest("page must be >= 0 and size between 1 and " + MAX_SIZE + " (got page=" + p + ", size=" + s + ")");
        }
        String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).split(",");
        String field = parts[0].trim();
        if (!sortable.containsKey(field)) {
            throw ApiProblem.badRequest("cannot sort by '" + field + "'; sortable fields are " + sortable.keySet());
        }
        boolean desc = parts.length > 1 && parts[1].trim().toLowerCase(Locale.ROOT).equals("desc");
        return new PageRequest(p, s, field, desc);
    }

    public long offset() {
        return (long) page * size;
    }

    public String sort() {
        return sortField + "," + (descending ? "desc" : "asc");
    }

    /** ORDER BY clause from the whitelisted column; id breaks ties so pages never overlap. */
    public String orderBy(Map<String, String> sortable, String idColumn) {
        return " ORDER BY " + sortable.get(sortField) + (descending ? " DESC" : " ASC") + ", " + idColumn + (descending ? " DESC" : " ASC");
    }
}
