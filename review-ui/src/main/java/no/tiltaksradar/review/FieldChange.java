package no.tiltaksradar.review;

/** One field a decision changed, from what to what (JSON values: text, list or null). */
public record FieldChange(String field, Object from, Object to) {
}
