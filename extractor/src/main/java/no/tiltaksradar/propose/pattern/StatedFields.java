package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fields an action plan states beside a measure, in a table column or an "Ansvar:"/"Frist:" line:
 * stronger evidence than words found in the quote, so they take precedence over them.
 */
record StatedFields(List<String> responsible, String ministry, List<String> collaborators, String deadline) {
    static final StatedFields NONE = new StatedFields(List.of(), null, List.of(), null);

    StatedFields {
        responsible = List.copyOf(responsible);
        collaborators = List.copyOf(collaborators);
    }

    /** From field names (column headers or labels) to their values. */
    static StatedFields of(Map<String, String> byName, DeadlineParser deadlines) {
        List<String> responsible = new ArrayList<>();
        List<String> collaborators = new ArrayList<>();
        String ministry = null;
        String deadline = null;
        for (Map.Entry<String, String> field : byName.entrySet()) {
            String value = field.getValue() == null ? "" : field.getValue().strip();
            if (isEmpty(value)) {
                continue;
            }
            switch (FieldRole.of(field.getKey())) {
                case RESPONSIBLE -> responsible.addAll(names(value));
                case COLLABORATORS -> collaborators.addAll(names(value));
                case MINISTRY -> ministry = value;
                case DEADLINE -> deadline = deadlines.find("innen " + value.replaceFirst("^[–—-]\\s*", "")).orElse(null);
                default -> { }
            }
        }
        return new StatedFields(responsible, ministry, collaborators, deadline);
    }

    /** "–", "-" or nothing: the plan says there is none. */
    private static boolean isEmpty(String value) {
        return value.isEmpty() || value.matches("[–—\\-/]+");
    }

    /** "Miljødirektoratet, Norsk Polarinstitutt og Riksantikvaren" → three names. */
    private static List<String> names(String value) {
        return Arrays.stream(value.split("\\s*(?:,|;|\\bog\\b|\\bo\\.?g\\.?\\b|/)\\s*")).map(String::strip)
                .filter(n -> !n.isEmpty() && !isEmpty(n)).toList();
    }

    Optional<String> deadlineIfAny() {
        return Optional.ofNullable(deadline);
    }
}
