package no.tiltaksradar.validate;

import java.util.Locale;
import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.language.WordClass;

/**
 * The heading, list lead-in or table header that opens a list decides what its items are,
 * whatever their verbs: under "Delmål" even "X skal etablere ..." is a goal, under "Tiltak" or
 * "Regjeringa vil:" even "X skal ha ..." is a measure (the annotation guideline reads lists this
 * way). A lead-in ending in ':' with a modal ("Datainnhenting kan foregå ved:") lists ways to act,
 * so measures, unless its wording is a potential ("Digitalisering kan gi:"). Some layouts label a box below its items ("Mål"); such a label counts when no heading
 * above governs. A heading that names neither ends the search: the item is read by its wording.
 */
final class GoverningHeadingRule implements KindRule {
    private final Lexicon lexicon;

    GoverningHeadingRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "governing-heading";
    }

    @Override
    public Optional<Reading> read(Wording wording, QuoteInContext quote) {
        String[] quoteLines = quote.quote().split("\n", -1);
        Optional<Reading> above = ListScope.headingAbove(quote.before(), quoteLines[0]).flatMap(h -> classify(h, "heading above"));
        if (above.isPresent()) {
            return above;
        }
        return ListScope.labelBelow(quote.after(), quoteLines[quoteLines.length - 1]).flatMap(h -> classify(h, "label below"));
    }

    private Optional<Reading> classify(String heading, String where) {
        String label = heading.strip().replaceFirst("^\\d+(\\.\\d+)*\\.?\\s+", "").toLowerCase(Locale.ROOT);
        String shown = where + " \"" + heading.strip() + "\"";
        if (startsWith(WordClass.GOAL, label) || label.endsWith(":") && lexicon.find(WordClass.GOAL, label).isPresent()) {
            return Optional.of(new Reading(JudgedKind.GOAL, shown + " names goals"));
        }
        if (label.endsWith(":") && lexicon.find(WordClass.POTENTIAL, label).isPresent()) {
            return Optional.of(new Reading(JudgedKind.POTENTIAL, shown + " lists possibilities"));
        }
        if (startsWith(WordClass.MEASURE_HEADING, label) || label.endsWith(":") && (lexicon.find(WordClass.COMMITMENT_MODAL, label)
                .isPresent() || lexicon.find(WordClass.POSSIBILITY_MODAL, label).isPresent())) {
            return Optional.of(new Reading(JudgedKind.MEASURE, shown + " names measures"));
        }
        return Optional.empty();
    }

    // the heading's first words: "Delmål 2", "Hovudmål, delmål og tiltak", "Tiltak i 2025"; not "Spesifisering av tiltak"
    private boolean startsWith(WordClass wordClass, String label) {
        var matcher = lexicon.pattern(wordClass).matcher(label);
        return matcher.find() && matcher.start() == 0 && WordBoundary.words(label).size() <= 6;
    }
}
