package no.tiltaksradar.language;

/**
 * A class of words or phrases in the {@link Lexicon}, each read from one resource file beside
 * this class (one entry per line, {@code #} starts a comment, entries lower case).
 */
public enum WordClass {
    /** skal, vil, bør, må (and past forms, Nynorsk lyt): an actor commits, is recommended or obliged. */
    COMMITMENT_MODAL("commitment-modals.txt"),
    /** kan, kunne: what may happen. */
    POSSIBILITY_MODAL("possibility-modals.txt"),
    /** Infinitives of concrete actions (etablere, utrede, greie); see {@link Lexicon#isActionVerbForm}. */
    ACTION_VERB("action-verbs.txt"),
    /** Infinitives of states and vague contributions (være/vere, ha, bli, bidra). */
    STATIVE_VERB("stative-verbs.txt"),
    /** Phrases of possibility or likely effect (vil kunne, kan bidra, har potensial). */
    POTENTIAL("potential-phrases.txt"),
    /** Nouns naming a desired state (mål, hovedmål/hovudmål, delmål, visjon, ambisjon). */
    GOAL("goal-words.txt"),
    /** Evaluative frames (det er viktig at, det er behov for). */
    IMPORTANCE("importance-phrases.txt"),
    /** Words opening a subordinate clause (som, at, når, dersom, korleis). */
    SUBORDINATOR("subordinators.txt"),
    /** Headings and lead-ins of measure lists (Tiltak, Anbefalinger, tilrådingar). */
    MEASURE_HEADING("measure-headings.txt"),
    /** Auxiliaries of the perfect and past passive (er, har blitt, vart). */
    PAST_AUXILIARY("past-auxiliaries.txt");

    private final String resource;

    WordClass(String resource) {
        this.resource = resource;
    }

    String resource() {
        return resource;
    }
}
