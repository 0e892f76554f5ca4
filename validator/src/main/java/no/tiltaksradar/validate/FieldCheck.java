package no.tiltaksradar.validate;

import java.util.List;

/** Filled fields the text supports and those it does not, each unsupported one with why. */
record FieldCheck(List<String> supportedFields, List<String> unsupportedFields, List<String> reasons) {
}
