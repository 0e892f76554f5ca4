package no.tiltaksradar.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rule check of support: the sentence's key terms must occur in what it cites. A term counts as found when a
 * cited word starts with its stem (its first letters, at least five), so inflected forms meet ("samarbeider", "samarbeid").
 * Declared key terms must all be found; terms taken from a sentence's own words must be found at least half.
 */
final class RuleSupport {
    static final double DERIVED_THRESHOLD = 0.5;
    // words that say what kind of figure a sentence gives, not what it is about; they need not stand in the sources
    private static final Set<String> NOT_KEY = Set.of(
            "tiltak", "tiltakene", "tiltaket", "dokument", "dokumentet", "dokumenter", "dokumentene", "strategi", "strategien",
            "strategier", "strategiene", "andel", "andelen", "prosent", "antall", "flere", "mange", "gjelder", "handler", "nevner",
            "omtaler", "omtalt", "temaet", "tema", "temaer", "ganger", "tusen", "periode", "perioden", "økte", "falt", "også",
            "eller", "under", "etter", "blant", "annet", "andre", "disse", "dette", "denne", "slik", "samme", "hvert", "hver",
            "alle", "noen", "ingen", "kilde", "kilder", "står", "stod", "skal", "skulle", "ville", "kunne", "måtte", "blir", "ble",
            "være", "vært", "har", "hadde", "med", "mot", "over", "uten", "mellom", "sammen", "samt", "sier", "ifølge", "beskriver",
            "legger", "ved", "inneholder", "innebærer", "nevnes", "nevnt", "omfatter", "oppgir", "viser", "finnes",
            "frist", "fristen", "teknologi", "teknologien", "teknologier", "formål", "formålet", "treff", "totalt", "aktører", "aktørene", "dokumentets", "side", "siden", "sidene", "measures", "measure", "document",
            "documents", "share", "which", "their", "there", "these", "those", "about", "with");

    private RuleSupport() {
    }

    /** Key terms of a sentence: its words of five letters or more that name something, and its acronyms. */
    static List<String> keyTermsOf(String sentence) {
        List<String> terms = new ArrayList<>();
        for (TermMatcher.Word w : TermMatcher.words(sentence)) {
            String word = w.text().toLowerCase(Locale.ROOT);
            boolean acronym = w.text().length() >= 2 && w.text().chars().allMatch(Character::isUpperCase); // KI, NAV
            if ((word.length() >= 5 || acronym) && !NOT_KEY.contains(word) && !word.chars().allMatch(Character::isDigit) && !terms.contains(word)) {
                terms.add(word);
            }
        }
        return terms;
    }

    /** The terms not found in the cited text. */
    static List<String> missing(List<String> terms, String cited) {
        List<String> citedWords = TermMatcher.words(cited).stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = new ArrayList<>();
        for (String term : terms) {
            boolean found = TermMatcher.words(term).stream().allMatch(part -> {
                String word = part.text().toLowerCase(Locale.ROOT);
                if (word.length() < 5) {
                    return citedWords.contains(word); // "KI" must not be found in "kinesisk"
                }
                String stem = word.substring(0, Math.max(5, word.length() - 3));
                return citedWords.stream().anyMatch(c -> c.startsWith(stem));
            });
            if (!found) {
                missing.add(term);
            }
        }
        return missing;
    }
}
