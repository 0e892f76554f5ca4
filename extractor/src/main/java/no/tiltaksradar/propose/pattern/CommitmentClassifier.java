package no.tiltaksradar.propose.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.model.MeasureKind;

/**
 * Reads one sentence or list item the way a careful Norwegian reader does: an actor who skal,
 * vil, bør or må do a concrete thing is a measure; "X skal være/ha ..." and headline-like
 * objectives are goals; potentials ("kan bidra") and descriptions of the present are neither.
 */
final class CommitmentClassifier {
    /** A reading with a confidence between 0 and 1. */
    record Reading(MeasureKind kind, double confidence) {
    }

    private static final Pattern MODAL = Pattern.compile("(?<![\\p{L}])(skal|vil|bør|må)(?![\\p{L}])", Pattern.UNICODE_CASE);
    private static final Pattern SUBORDINATE = Pattern.compile(
            "(?<![\\p{L}])(som|at|hvis|viss|når|dersom|fordi|hvordan|korleis|hva|kva|hvilke|kva for|hvilken|hvor|kor|om|der|slik|mens|før|etter at)(?![\\p{L}])",
            Pattern.UNICODE_CASE);
    private static final Set<String> STATIVE = Set.of("være", "vere", "ha", "kunne", "gjelde", "bidra", "oppleves", "preges",
            "fremstå", "framstå", "omfatte", "inneholde", "handle", "få", "oppnå", "nå", "sikres");
    private static final Set<String> FILLERS = Set.of("også", "derfor", "fortsatt", "videre", "aktivt", "årlig", "jevnlig",
            "snarest", "i", "tillegg", "blant", "annet", "bl.a.", "selv", "samarbeid", "sammen", "nå", "fremover", "framover",
            "enten", "både", "ikke", "alltid", "raskt", "gradvis", "løpende");
    private static final Pattern PRESENT_PASSIVE_OPENING = Pattern.compile("^(det|dette)\\s+(etableres|opprettes|utarbeides|utvikles|"
            + "igangsettes|gjennomføres|innføres|lanseres|startes)\\b.*", Pattern.UNICODE_CASE);
    private static final Pattern GOAL_OPENING = Pattern.compile("^(målet|målsettingen|visjonen|ambisjonen|hovedmålet|vårt mål|"
            + "[\\p{L}]+s mål)\\b.*\\b(er|blir)\\b.*", Pattern.UNICODE_CASE);

    /** Nouns that name an organisation or group that can carry out a measure. */
    private static final Pattern ORGANISATION = Pattern.compile("(?<![\\p{L}])\\p{L}*(direktorat|departement|etat|tilsyn|verket|"
            + "banken|institutt|kommune|fylkeskommune|virksomhet|sektor|myndighet|råd|nettverk|arbeidsgruppe|regjering|ombud|"
            + "senter|styre|ledelse|prosjekt|vesen|kasse|statens|universitet|helseforetak|verksemd|regjering)\\p{L}*",
            Pattern.UNICODE_CASE);
    /**
     * "Norsk helsenett er tjenesteleverandør og skal ...", "Departementet ønsker ... og vil ...": the
     * sentence is a role or a wish, the modal only its second half.
     */
    private static final Pattern ROLE_DESCRIPTION = Pattern.compile("(?<![\\p{L}])(er|har|ivaretar|ønsker|mener)(?![\\p{L}]).*\\bog\\s*$",
            Pattern.UNICODE_CASE);
    private static final int MAX_WORDS_TO_VERB = 6;
    /** "NVE har levert ...", "Det ble etablert ...": the main verb in the perfect or past, no modal before it. */
    private static final Pattern PAST_DESCRIPTION = Pattern.compile("^(?:(?!(?:skal|vil|bør|må|kan|om|at|som|hvis|når)\\b)"
            + "[\\p{L}\\d\\-.]+,?\\s+){0,6}?(har|hadde|ble|var)\\s+\\p{L}+.*", Pattern.UNICODE_CASE);
    private static final Pattern FINITE_PAST = Pattern.compile("(?<![\\p{L}])(har|hadde|ble|var)\\s+\\p{L}+", Pattern.UNICODE_CASE);
    private static final Pattern IMPERSONAL = Pattern.compile("^(det|dette)\\s*$", Pattern.UNICODE_CASE);

    /** Verbs that ask a whole sector to keep doing something rather than to deliver something. */
    private static final Set<String> EXHORTATION_VERBS = Set.of("samarbeide", "dele", "delta", "jobbe", "arbeide", "støtte", "styrke",
            "prioritere", "samordne", "koordinere", "sikre", "følge");
    private static final Pattern NEED_OR_COMMITMENT = Pattern.compile("(?<![\\p{L}])(skal|vil|bør|må|trenger|behov|bør)(?![\\p{L}])",
            Pattern.UNICODE_CASE);

    private final Set<String> actionVerbs;
    private final List<String> publisherNames;
    private final Gazetteer gazetteer;

    CommitmentClassifier(Set<String> actionVerbs, List<String> publisherNames, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.actionVerbs = actionVerbs;
        this.publisherNames = publisherNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    Optional<Reading> read(String text, ListContext context, boolean listItem) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (listItem && context == ListContext.MEASURES) {
            return Optional.of(new Reading(MeasureKind.MEASURE, 0.9)); // under "Tiltak" or "Regjeringen vil:" every item counts
        }
        if (lower.startsWith("«") || lower.startsWith("\"") || lower.startsWith("“") || PAST_DESCRIPTION.matcher(lower).matches()
                || lower.contains(" stadig ")) {
            return Optional.empty(); // quoted from another document, a description of what has been done, or a habit
        }
        if (listItem && context == ListContext.LIKELY_MEASURES && !MODAL.matcher(lower).find() && FINITE_PAST.matcher(lower).find()) {
            return Optional.empty(); // "... har ført til variasjon": an item that reports, not one that proposes
        }
        if (listItem && context == ListContext.LIKELY_MEASURES) {
            return Optional.of(new Reading(MeasureKind.MEASURE, 0.9));
        }
        if (listItem && context == ListContext.GOALS) {
            return Optional.of(new Reading(MeasureKind.GOAL, 0.9));
        }
        if (GOAL_OPENING.matcher(lower).matches()) {
            return Optional.of(new Reading(MeasureKind.GOAL, 0.6));
        }
        if (PRESENT_PASSIVE_OPENING.matcher(lower).matches() || publisherActsNow(lower)) {
            return Optional.of(new Reading(MeasureKind.MEASURE, 0.6));
        }
        return modalReading(text, lower, listItem);
    }

    private Optional<Reading> modalReading(String text, String lower, boolean listItem) {
        Matcher modal = MODAL.matcher(lower);
        while (modal.find()) {
            if (SUBORDINATE.matcher(clauseBefore(lower, modal.start())).find()) {
                continue;
            }
            if (insideQuotation(lower, modal.start()) || ROLE_DESCRIPTION.matcher(lower.substring(0, modal.start())).find()) {
                return Optional.empty(); // «Regjeringen vil ...» cites another document
            }
            // in running prose "må" states a need ("Virksomhetene må derfor sørge for ..."), not a commitment
            if (!listItem && modal.group(1).equals("må")) {
                return Optional.empty();
            }
            String verb = verbAfter(lower, modal.end());
            if (verb == null) {
                return Optional.empty();
            }
            if (STATIVE.contains(verb) || (verb.equals("bli") && !passiveAfterBli(lower, modal.end()))) {
                return Optional.of(new Reading(MeasureKind.GOAL, 0.6));
            }
            boolean headline = !text.strip().matches(".*[.!?)]$");
            if (headline && modal.group(1).equals("skal")) {
                return Optional.of(new Reading(MeasureKind.GOAL, 0.5)); // "Kommunal sektor skal ..." without a full stop is an objective
            }
            if (!listItem && !hasActor(text, lower, modal, verb)) {
                return Optional.empty(); // "Strategien skal tydeliggjøre", "Tjenesten vil erstatte": things, not actors
            }
            return Optional.of(new Reading(MeasureKind.MEASURE, modal.group(1).equals("bør") ? 0.6 : 0.7));
        }
        return Optional.empty();
    }

    /**
     * Someone to carry it out: a named body, a collective actor or an organisation noun before the
     * verb, or an impersonal "Det skal/bør + passive" ("Det bør utredes ..."), which leaves the actor open.
     */
    private boolean hasActor(String text, String lower, Matcher modal, String verb) {
        int verbAt = lower.indexOf(verb, modal.end());
        String subject = lower.substring(0, modal.start()) + " " + lower.substring(modal.end(), Math.max(modal.end(), verbAt));
        String before = lower.substring(0, modal.start()).strip();
        String between = lower.substring(modal.end(), Math.max(modal.end(), verbAt)).strip();
        boolean impersonal = IMPERSONAL.matcher(before).matches() || before.endsWith(" det") || between.equals("det")
                || between.startsWith("det ");
        if (isPassive(verb)) {
            // "Det bør utredes" leaves the actor open; "Departementet skal informeres" makes it the receiver, not the doer;
            // "Det skal legges til rette for ..." asks for a climate, not a deliverable
            return impersonal && !modal.group(1).equals("vil") && !facilitates(lower, verbAt);
        }
        String originalSubject = text.substring(0, modal.start()) + " " + text.substring(modal.end(), Math.max(modal.end(), verbAt));
        List<Gazetteer.Mention> mentions = gazetteer.mentions(originalSubject).stream()
                .filter(m -> !m.asWritten().equalsIgnoreCase("vi")).toList();
        boolean namedBody = mentions.stream().anyMatch(m -> m.body() != null);
        if (!namedBody && (EXHORTATION_VERBS.contains(verb) || facilitates(lower, verbAt))) {
            return false; // "Kommunal sektor bør samarbeide ...": an exhortation to a whole sector, not a measure someone owns
        }
        return !mentions.isEmpty() || ORGANISATION.matcher(subject).find();
    }

    private static boolean insideQuotation(String lower, int at) {
        String before = lower.substring(0, at);
        return before.chars().filter(c -> c == '«').count() > before.chars().filter(c -> c == '»').count();
    }

    /** "legge til rette for" / "legges til rette for": to facilitate. */
    private static boolean facilitates(String lower, int verbAt) {
        return verbAt >= 0 && lower.startsWith("til rette", lower.indexOf(' ', verbAt) + 1);
    }

    /**
     * An item that only reports what was done ("NVE har levert en oversikt."), with no need or
     * commitment anywhere in it, is a description even in a list headed "Tiltak".
     */
    boolean reportsOnly(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        return PAST_DESCRIPTION.matcher(lower).matches() && !NEED_OR_COMMITMENT.matcher(lower).find();
    }

    /** The text between the last comma (or the start) and the modal: where a subordinator would stand. */
    private static String clauseBefore(String lower, int modalStart) {
        int comma = lower.lastIndexOf(',', modalStart);
        return lower.substring(Math.max(0, comma + 1), modalStart);
    }

    /** The first verb after the modal, skipping adverbs and an inverted subject ("Videre skal alle etatene benytte"). */
    private String verbAfter(String lower, int from) {
        String[] words = lower.substring(from).strip().split("[\\s,]+");
        for (int i = 0; i < Math.min(words.length, MAX_WORDS_TO_VERB); i++) {
            String word = words[i].replaceAll("[^\\p{L}\\-]", "");
            if (actionVerbs.contains(word) || STATIVE.contains(word) || word.equals("bli") || isPassive(word)) {
                return word;
            }
            if (MODAL.matcher(word).matches() || SUBORDINATE.matcher(word).matches()) {
                return null; // the verb we are looking at belongs to another clause
            }
        }
        return null;
    }

    /** "etableres", "vurderes": the s-passive of an action verb. */
    private boolean isPassive(String word) {
        return word.length() > 4 && word.endsWith("es") && actionVerbs.contains(word.substring(0, word.length() - 1));
    }

    /** "vil bli fulgt opp", "skal bli etablert": a future passive is an action, "skal bli bedre" is not. */
    private static boolean passiveAfterBli(String lower, int from) {
        Matcher next = Pattern.compile("\\bbli\\s+(\\p{L}+)", Pattern.UNICODE_CASE).matcher(lower.substring(from));
        return next.find() && next.group(1).matches("\\p{L}+(t|et|ert|dd)");
    }

    /** "KS utarbeider planer ...": the publishing body describing its own coming work. */
    private boolean publisherActsNow(String lower) {
        for (String name : publisherNames) {
            if (lower.startsWith(name + " ")) {
                String verb = lower.substring(name.length() + 1).split("\\s+", 2)[0];
                return verb.endsWith("er") && actionVerbs.contains(verb.substring(0, verb.length() - 1));
            }
        }
        return false;
    }
}
