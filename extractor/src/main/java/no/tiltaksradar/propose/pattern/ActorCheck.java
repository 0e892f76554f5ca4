package no.tiltaksradar.propose.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.tiltaksradar.language.WordBoundary;

/**
 * Whether a modal clause names someone to carry it out: a named body, a collective actor or an
 * organisation noun in the subject, or a formal subject with a passive ("Det bør utredes ..."),
 * which leaves the actor open. A thing as subject ("Strategien skal tydeliggjøre ...") is no actor.
 */
final class ActorCheck {
    /** Nouns that name an organisation or group that can carry out a measure (Bokmål and Nynorsk stems). */
    private static final Pattern ORGANISATION = Pattern.compile(WordBoundary.START + "\\p{L}*(direktorat|departement|etat|tilsyn|verket|"
            + "banken|institutt|kommune|virksomhet|verksemd|sektor|myndighet|myndigheit|råd|nettverk|arbeidsgruppe|regjering|ombud|"
            + "senter|styre|ledelse|leiing|prosjekt|vesen|kasse|statens|universitet|helseforetak|føretak"
            // an office named in the definite ("Fylkesdirektøren", "rådmannen", "statsforvaltaren") is one identifiable actor
            + "|direktøren|sjefen|rådmannen|statsforvalteren|statsforvaltaren|ordføreren|ordføraren)\\p{L}*", Pattern.UNICODE_CASE);
    /** Verbs that ask a whole sector to keep doing something rather than to deliver something. */
    private static final Set<String> EXHORTATION_VERBS = Set.of("samarbeide", "dele", "delta", "jobbe", "arbeide", "støtte",
            "styrke", "styrkje", "prioritere", "samordne", "koordinere", "sikre", "følge", "følgje");

    private final Gazetteer gazetteer;
    private final DeadlineParser deadlines = new DeadlineParser();

    ActorCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param text the clause as written, {@code lower} the same in lower case
     * @param modalStart where the modal starts, {@code modalEnd} where it ends, {@code verbAt} where its verb starts
     */
    boolean present(String text, String lower, int modalStart, int modalEnd, int verbAt, boolean passive, boolean volition) {
        int end = Math.max(modalEnd, verbAt);
        String before = lower.substring(0, modalStart).strip();
        String between = lower.substring(modalEnd, end).strip();
        boolean impersonal = before.equals("det") || before.equals("dette") || before.endsWith(" det")
                || between.equals("det") || between.startsWith("det ");
        if (passive) {
            // "Det bør utredes" leaves the actor open; "Departementet skal informeres" makes it the receiver, not the doer;
            // "Det skal legges til rette for ..." asks for a climate, not a deliverable
            return impersonal && !volition && !facilitates(lower, verbAt);
        }
        String subject = text.substring(0, modalStart) + " " + text.substring(modalEnd, end);
        List<Gazetteer.Mention> mentions = gazetteer.mentions(subject).stream().filter(m -> !m.asWritten().equalsIgnoreCase("vi")).toList();
        boolean namedBody = mentions.stream().anyMatch(m -> m.body() != null);
        String verb = lower.substring(verbAt).split("[\\s,]+", 2)[0];
        if (!namedBody && (EXHORTATION_VERBS.contains(verb) || facilitates(lower, verbAt))) {
            return false; // "Kommunal sektor bør samarbeide ...": an exhortation to a whole sector, not a measure someone owns
        }
        // "Vi skal innføre ... innan 2028": a strategy's first person plural is its author, one identifiable actor; but a
        // report's "vi vil benytte ..." describes its own method, so only a stated deadline makes the author's words a commitment
        boolean author = (before.equals("vi") || before.endsWith(" vi") || between.equals("vi")) && deadlines.find(text).isPresent();
        return author || !mentions.isEmpty() || ORGANISATION.matcher(subject.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether the words name an organisation or office by one of its nouns ("kommunen", "Fylkesdirektøren"). */
    static boolean namesOrganisation(String words) {
        return ORGANISATION.matcher(words.toLowerCase(Locale.ROOT)).find();
    }

    /** "legge til rette for" / "legges til rette for" / Nynorsk "leggje til rette": to facilitate. */
    static boolean facilitates(String lower, int verbAt) {
        int space = lower.indexOf(' ', verbAt);
        return verbAt >= 0 && space > 0 && lower.startsWith("til rette", space + 1);
    }
}
