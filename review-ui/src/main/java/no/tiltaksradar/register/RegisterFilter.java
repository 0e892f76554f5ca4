package no.tiltaksradar.register;

/** Filters of the register list; null means any. {@code q} searches name, description and quote. */
public record RegisterFilter(String ministry, String agency, Integer year, String technology, String purpose, Long document,
                             String kind, String q) {
}
