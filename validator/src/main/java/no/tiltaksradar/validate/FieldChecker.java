package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.tiltaksradar.model.CandidateMeasure;

/**
 * Checks the fields a proposer filled against the quote and its surroundings on the page: every
 * named actor (responsible, ministry, collaborators) must be written there, and a deadline's year
 * (and day, when given) must be there. What is not supported is flagged, never silently kept.
 */
final class FieldChecker {
    private final TextNormalizer normalizer;

    FieldChecker(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** @param surroundings the quote with text before and after it, as the document has it */
    FieldCheck check(CandidateMeasure candidate, String surroundings) {
        String text = " " + normalizer.normalize(surroundings).text() + " ";
        CandidateMeasure.RegisterFields claimed = candidate.fields();
        List<String> fields = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String actor : claimed.responsible()) {
            checkActor("responsible", actor, text, fields, reasons);
        }
        for (String actor : claimed.collaborators()) {
            checkActor("collaborators", actor, text, fields, reasons);
        }
        checkActor("ministry", claimed.ministry(), text, fields, reasons);
        String deadline = claimed.deadline();
        if (deadline != null && !deadline.isBlank() && !deadlineStated(deadline, text)) {
            flag("deadline", "deadline " + deadline + " is not stated in the quote or its surroundings", fields, reasons);
        }
        return new FieldCheck(filled(candidate).stream().filter(f -> !fields.contains(f)).toList(), fields, reasons);
    }

    private static List<String> filled(CandidateMeasure candidate) {
        CandidateMeasure.RegisterFields claimed = candidate.fields();
        List<String> filled = new ArrayList<>();
        if (!claimed.responsible().isEmpty()) {
            filled.add("responsible");
        }
        if (!claimed.collaborators().isEmpty()) {
            filled.add("collaborators");
        }
        if (claimed.ministry() != null && !claimed.ministry().isBlank()) {
            filled.add("ministry");
        }
        if (claimed.deadline() != null && !claimed.deadline().isBlank()) {
            filled.add("deadline");
        }
        return filled;
    }

    private void checkActor(String field, String actor, String text, List<String> fields, List<String> reasons) {
        if (actor == null || actor.isBlank()) {
            return;
        }
        if (!text.contains(normalizer.normalize(actor).text())) {
            flag(field, field + " '" + actor + "' is not named in the quote or its surroundings", fields, reasons);
        }
    }

    // YYYY, YYYY-MM or YYYY-MM-DD: the year must be written, and a day as a number when one is given
    private static boolean deadlineStated(String deadline, String text) {
        String[] parts = deadline.trim().split("-");
        if (!Pattern.compile("\\b" + Pattern.quote(parts[0]) + "\\b").matcher(text).find()) {
            return false;
        }
        if (parts.length < 3) {
            return true;
        }
        if (!parts[2].matches("\\d{1,2}")) {
            return false;
        }
        String day = String.valueOf(Integer.parseInt(parts[2]));
        return Pattern.compile("\\b0?" + day + "\\b").matcher(text).find();
    }

    private static void flag(String field, String reason, List<String> fields, List<String> reasons) {
        if (!fields.contains(field)) {
            fields.add(field);
        }
        reasons.add("unsupported field: " + reason);
    }
}
