package no.tiltaksradar.validate;

import java.util.List;

/** Fields the text does not support, each with why. */
record FieldCheck(List<String> unsupportedFields, List<String> reasons) {
}
