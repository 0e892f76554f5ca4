package no.tiltaksradar.propose.pattern;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.language.WordClass;

/** What the heading or lead-in above a list says its items are: measures, goals, or nothing in particular. */
enum ListContext {
    /** a heading or lead-in that names its items as measures */
    MEASURES,
    /** a lead-in that says what will be done, without naming them measures */
    LIKELY_MEASURES,
    GOALS, NEUTRAL;

    /**
     * A connective adverb between the modal and the colon ("Regjeringen vil derfor:", "Regjeringa vil
     * også:") links the lead-in to what came before; the items still supply the verb the modal governs.
     */
    private static final String CONNECTIVE = "(?:derfor|difor|også|òg|videre|vidare|dessuten|dessutan|i tillegg|blant annet|mellom anna)";
    /** "Tiltak", "Regjeringen vil:", "KS vil:", "Vi anbefaler", "Anbefalinger", "Handlingsplan", "Oppfølging". */
    private static final Pattern MEASURE_LEAD = Pattern.compile(
            "^(tiltak(ene|a)?|forslag til tiltak|aktuelle tiltak|anbefalinger|tilrådingar|våre anbefalinger|vi anbefaler|vi tilrår|anbefalte tiltak|"
                    + "handlingsplan|oppfølging|videre arbeid|prioriterte tiltak|nye tiltak)" + WordBoundary.END + ".*"
                    + "|.*" + WordBoundary.whole("vil|skal|bør|anbefaler|foreslår|tilrår|føreslår") + "(\\s+" + CONNECTIVE + ")?\\s*:$",
            Pattern.UNICODE_CASE);
    /** "Hovedmål", "Delmål", "Mål", "Målsettinger", "Visjon", "Ambisjoner". */
    private static final Pattern GOAL_LEAD = Pattern.compile(
            "^(hovedmål|hovudmål|delmål|mål|måla|målene|målsetting(er|ar)?|effektmål|resultatmål|visjon(en)?|ambisjon(er|ar|ene|ane)?|strategiske mål)" + WordBoundary.END + ".*",
            Pattern.UNICODE_CASE);

    /** A lead-in that says what will or should be done ("Datainnhenting kan blant annet foregå ved:"). */
    private static final Pattern MODAL_LEAD = Pattern.compile(".*" + WordBoundary.whole("skal|vil|bør|kan|må") + ".*:$", Pattern.UNICODE_CASE);
    /** ... unless a stative verb follows the modal: "Planen skal omfatte:" lists topics, not actions. */
    private static final Pattern STATIVE_LEAD = Pattern.compile(".*" + WordBoundary.whole("skal|vil|bør|kan|må") + "\\s+(?:\\p{L}+\\s+)?("
            + String.join("|", Lexicon.norwegian().words(WordClass.STATIVE_VERB)) + ")" + WordBoundary.END + ".*", Pattern.UNICODE_CASE);
    /** ... unless it announces effects ("Dette vil kunne bidra til:"), which are potentials. */
    private static final Pattern POTENTIAL_LEAD = Pattern.compile(".*" + WordBoundary.whole("bidra|føre til|gi|gje|gevinst\\p{L}*|fordel\\p{L}*|mulighet\\p{L}*|moglegheit\\p{L}*|"
            + "resultat\\p{L}*|effekt\\p{L}*|blant annet være|for eksempel") + ".*", Pattern.UNICODE_CASE);

    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+(?=\\p{L})");

    /**
     * "Tiltaka skal mellom anna bidra til:", "Tiltakene vil bli fulgt opp gjennom:": the caption word
     * as the subject of a modal clause speaks about the measures; it is no caption over a list of
     * them. Such a lead-in is read by its modal and verb like any other.
     */
    private static final Pattern CAPTION_AS_SUBJECT = Pattern.compile("^(tiltak(ene|a)?|anbefalingene|tilrådingane)\\s+(\\p{L}+\\s+){0,2}?"
            + "(skal|vil|bør|må|kan)\\s+\\p{L}.*", Pattern.UNICODE_CASE);

    /**
     * "Planen har desse fire måla:", "Strategien inneheld følgjande tiltak:": a lead-in that ends in a
     * noun phrase with a determiner or numeral names the class of the items it introduces, so the
     * items are what that noun says (goals, measures), in whatever form they are written. The noun
     * is read in the shared lexicon's goal words and measure headings.
     */
    private static final Pattern ITEMS_NAMED = Pattern.compile(".*" + WordBoundary.whole("desse|disse|dei|de|følgjande|følgende|"
            + "våre|vårt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|\\d{1,2}") + "\\s+(?:\\p{L}+\\s+)?(?<noun>\\p{L}+)\\s*:$",
            Pattern.UNICODE_CASE);

    static ListContext of(String context) {
        // a section number is no word of the caption: "3 Tiltak" names its items as "Tiltak" does
        String text = context == null ? "" : SECTION_NUMBER.matcher(context.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        Matcher named = ITEMS_NAMED.matcher(text);
        if (named.matches() && Lexicon.norwegian().contains(WordClass.GOAL, named.group("noun"))) {
            return GOALS;
        }
        if (named.matches() && Lexicon.norwegian().contains(WordClass.MEASURE_HEADING, named.group("noun"))) {
            return MEASURES;
        }
        boolean measureCaption = MEASURE_LEAD.matcher(text).matches() && !CAPTION_AS_SUBJECT.matcher(text).matches();
        if (measureCaption) {
            return MEASURES;
        }
        if (MODAL_LEAD.matcher(text).matches() && !POTENTIAL_LEAD.matcher(text).matches() && !GOAL_LEAD.matcher(text).matches()
                && !STATIVE_LEAD.matcher(text).matches()) {
            return LIKELY_MEASURES;
        }
        // a heading naming both ("Hovedmål, delmål og tiltak") introduces, it does not govern a list
        if (text.contains("mål") && text.contains("tiltak")) {
            return NEUTRAL;
        }
        if (measureCaption) {
            return MEASURES;
        }
        return GOAL_LEAD.matcher(text).matches() ? GOALS : NEUTRAL;
    }
}
