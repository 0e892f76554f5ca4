package no.tiltaksradar.validate;

import java.util.Locale;
import java.util.regex.Pattern;
import no.tiltaksradar.model.MeasureKind;

/**
 * Reads a quote the way the annotation guideline does, by Norwegian wording alone: an actor's
 * commitment to a concrete action is a measure; a desired state is a goal; "kan bidra til" is a
 * potential; "er etablert" describes the present. An action outweighs goal wording, and a list
 * lead-in such as "Tiltak" or "Regjeringen vil:" makes an otherwise plain item a measure.
 */
public final class RuleMeasureJudge implements MeasureJudge {
    public static final String NAME = "rule/1";

    private static final String ACTION = "(etabler|utvikl|videreutvikl|gjennomfør|utred|vurder|utarbeid|innfør|"
            + "opprett|lag|igangsett|prioriter|kartlegg|styrk|forbedr|samordn|tilby|ta i bruk|tas i bruk|legg|"
            + "modernis|digitaliser|utforsk|evaluer|revider|implementer|anskaff|etabler|bygg|sørg|bidr|følg|"
            + "videreføre|invester|pilot|test|utvid|gjør|definer|fastsett|harmoniser|tilrettelegg|spesifiser|oppdater)";
    private static final Pattern COMMITMENT = Pattern.compile(
            "\\b(skal|vil|bør|må|skulle)\\s+(\\S+\\s+){0,4}?" + ACTION + "\\p{L}*");
    private static final Pattern PASSIVE_OR_IMPERATIVE = Pattern.compile(
            "(^" + ACTION + "e?\\b)|(\\b" + ACTION + "e?s\\b)");
    // a requirement placed on someone ("det stilles krav", "må det være krav til") commits them to act
    private static final Pattern REQUIREMENT = Pattern.compile("\\b(stille|stilles|være|innføre|innføres) krav (til|om)\\b");
    private static final Pattern DEADLINE = Pattern.compile("\\binnen (utgangen av |\\d|\\p{L}+ \\d{4}|år)");
    private static final Pattern GOAL = Pattern.compile(
            "(\\b(skal|må|bør)\\s+(\\S+\\s+){0,3}?(være|ha|bli|oppleve|kunne)\\b)|(^(mål|hovedmål|delmål|visjon)\\b)");
    private static final Pattern DESCRIPTION = Pattern.compile(
            "\\b(er|har blitt|ble|har vært|har|er blitt)\\s+(\\S+\\s+)?(etablert|innført|utviklet|gjennomført|opprettet|"
                    + "lansert|tatt i bruk|startet|vedtatt)\\b");
    private static final Pattern POTENTIAL = Pattern.compile(
            "\\b(kan|kunne|vil kunne)\\s+(\\S+\\s+)?(bidra|gi|føre|bli|styrke|redusere|øke|forenkle|effektivisere|gjøre)\\b"
                    + "|\\bhar (et )?(stort )?potensial");
    private static final Pattern MEASURE_LIST = Pattern.compile(
            "(\\btiltak\\b|\\b\\p{L}+ vil:|\\bvi vil\\b|\\banbefaling(er)?\\b|\\bvi anbefaler\\b)");
    private static final int MAX_LINES_TO_HEADING = 30;
    private static final Pattern MEASURE_HEADING = Pattern.compile(
            "^(tiltak(ene)?|anbefalinger|våre anbefalinger|vi anbefaler:?|.*\\b(vil|skal|bør|anbefaler)\\s*:)$");
    private static final Pattern GOAL_HEADING = Pattern.compile("(^|\\n)\\s*(hovedmål|delmål|mål|visjon)\\b[^.\\n]{0,60}:?\\s*$");

    @Override
    public Judgement judge(String quote, String contextBefore, MeasureKind claimed) {
        String text = lower(quote);
        String lead = tail(contextBefore == null ? "" : contextBefore, 300).toLowerCase(Locale.ROOT).strip();
        if (COMMITMENT.matcher(text).find() || PASSIVE_OR_IMPERATIVE.matcher(text).find()) {
            return measure("an actor commits to a concrete action (" + firstMatch(text) + ")");
        }
        if (REQUIREMENT.matcher(text).find()) {
            return measure("places a requirement (" + find(REQUIREMENT, text) + ")");
        }
        if (DEADLINE.matcher(text).find()) {
            return measure("a deadline is set (" + find(DEADLINE, text) + ")");
        }
        boolean potentialOrDescription = POTENTIAL.matcher(text).find() || DESCRIPTION.matcher(text).find();
        if (!potentialOrDescription && governingHeading(contextBefore == null ? "" : contextBefore) == JudgedKind.MEASURE) {
            return measure("an item under a measure heading above it (Tiltak, Anbefalinger, \"... vil:\")");
        }
        if (GOAL.matcher(text).find() || GOAL_HEADING.matcher(lead).find()) {
            return new Judgement(JudgedKind.GOAL, "states a desired state, not an action", NAME);
        }
        if (DESCRIPTION.matcher(text).find()) {
            return new Judgement(JudgedKind.DESCRIPTION, "describes what exists (" + find(DESCRIPTION, text) + ")", NAME);
        }
        if (POTENTIAL.matcher(text).find()) {
            return new Judgement(JudgedKind.POTENTIAL, "states a potential (" + find(POTENTIAL, text) + ")", NAME);
        }
        if (MEASURE_LIST.matcher(lead).find()) {
            return measure("an item under a measure list lead-in (" + find(MEASURE_LIST, lead) + ")");
        }
        return new Judgement(JudgedKind.UNCLEAR, "no commitment, goal, potential or description wording", NAME);
    }

    /**
     * The nearest heading-like line above (short, no full stop), within the list the item belongs to:
     * under "Anbefalinger" even "Alle departement bør ha ..." is a recommended measure.
     */
    private static JudgedKind governingHeading(String contextBefore) {
        String[] lines = contextBefore.split("\n");
        for (int i = lines.length - 1, seen = 0; i >= 0 && seen < MAX_LINES_TO_HEADING; i--, seen++) {
            String line = lines[i].strip().toLowerCase(Locale.ROOT);
            if (line.isEmpty() || line.length() > 60 || line.endsWith(".") || line.endsWith(",")) {
                continue;
            }
            if (GOAL_HEADING.matcher(line).find()) {
                return JudgedKind.GOAL;
            }
            if (MEASURE_HEADING.matcher(line).matches()) {
                return JudgedKind.MEASURE;
            }
        }
        return JudgedKind.UNCLEAR;
    }

    private static Judgement measure(String reason) {
        return new Judgement(JudgedKind.MEASURE, reason, NAME);
    }

    private static String firstMatch(String text) {
        String commitment = find(COMMITMENT, text);
        return commitment.isEmpty() ? find(PASSIVE_OR_IMPERATIVE, text) : commitment;
    }

    private static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group().trim() : "";
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static String tail(String text, int length) {
        return text.length() <= length ? text : text.substring(text.length() - length);
    }
}
