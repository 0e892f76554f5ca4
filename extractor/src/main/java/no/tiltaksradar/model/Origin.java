package no.tiltaksradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where in the layout a candidate was read: a list item, a table row or running prose. A listed
 * or tabled item is the document's own statement of a measure; prose may restate it.
 */
public enum Origin {
    LIST_ITEM, TABLE_ROW, PROSE, UNKNOWN;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Origin fromJson(String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN; // a record from a newer writer stays readable
        }
    }

    /** Stated by the document as an item of its own, in a list or a table. */
    public boolean isListed() {
        return this == LIST_ITEM || this == TABLE_ROW;
    }
}
