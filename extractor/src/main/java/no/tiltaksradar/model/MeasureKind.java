package no.tiltaksradar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a candidate states: an action an actor commits to, or a desired state. */
public enum MeasureKind {
    MEASURE, GOAL;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static MeasureKind fromJson(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
