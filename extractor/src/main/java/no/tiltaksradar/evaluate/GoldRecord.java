package no.tiltaksradar.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import no.tiltaksradar.model.MeasureKind;

/** One gold annotation: a measure or goal with its verbatim quote and the page of its first word. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldRecord(String id, MeasureKind kind, String quote, String section, int page, String document, String parent) {
}
