package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordClass;

/**
 * A quote read once for the kind rules: lower-case text with whitespace collapsed, its tokens
 * (words and clause punctuation), and its main modal with the verb that follows it. The verb
 * after the main clause's modal is what separates "skal etablere" (an action) from "skal være"
 * (a state): whichever comes first after the modal decides.
 */
final class Wording {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’/][\\p{L}\\p{N}]+)*|[,.;:!?()]");
    // "om", "der", "før" and "enn" are as often prepositions, adverbs or relatives without a clause of their own
    private static final Set<String> AMBIGUOUS_SUBORDINATORS = Set.of("om", "der", "før", "enn");
    private static final int MAX_WORDS_TO_VERB = 6;
    private static final int SUBORDINATOR_REACH = 3;

    /** The verb that follows the main modal, and which class it belongs to. */
    enum VerbClass { ACTION, STATIVE, NONE }

    /** @param modalAt token index of the modal; @param verbAt token index of the verb, -1 when none */
    record MainVerb(String modal, int modalAt, String verb, int verbAt, VerbClass verbClass) {
    }

    private final String text;
    private final List<String> tokens;
    private final List<Integer> starts = new ArrayList<>();

    Wording(String quote) {
        this.text = quote.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        this.tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
            starts.add(matcher.start());
        }
    }

    String text() {
        return text;
    }

    List<String> tokens() {
        return tokens;
    }

    /** Index of the token at or after a character position of {@link #text()}. */
    int tokenAt(int charPosition) {
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) >= charPosition) {
                return i;
            }
        }
        return tokens.size();
    }

    String firstWord() {
        return tokens.isEmpty() ? "" : tokens.get(0);
    }

    /**
     * The first modal of the class that stands in a main clause (no subordinator just before it),
     * and the first action or stative verb within a few words after it, before any punctuation.
     */
    MainVerb mainVerb(Lexicon lexicon, WordClass modals) {
        for (int i = 0; i < tokens.size(); i++) {
            if (lexicon.contains(modals, tokens.get(i)) && !subordinate(lexicon, i)) {
                return verbAfter(lexicon, i);
            }
        }
        return null;
    }

    // a subordinator just before the modal opens its clause; a comma in between closes that clause again
    private boolean subordinate(Lexicon lexicon, int index) {
        for (int j = index - 1; j >= Math.max(0, index - SUBORDINATOR_REACH); j--) {
            String token = tokens.get(j);
            if (token.equals(",")) {
                return false;
            }
            if (lexicon.contains(WordClass.SUBORDINATOR, token) && !AMBIGUOUS_SUBORDINATORS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the first finite action verb of the main clause with no modal before it: the
     * present ("Digdir utvikler", "KS utarbeider") or s-passive ("Det etableres", "Systemet
     * utvikles"); -1 when none. A form after "å" or a subordinator is not the main verb.
     */
    int finiteActionVerb(Lexicon lexicon) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (lexicon.contains(WordClass.COMMITMENT_MODAL, token) || lexicon.contains(WordClass.POSSIBILITY_MODAL, token)) {
                return -1;
            }
            boolean finite = (token.endsWith("r") || token.endsWith("s") || token.endsWith("ast"))
                    && lexicon.isActionVerbForm(token) && !lexicon.contains(WordClass.ACTION_VERB, token);
            if (finite && i > 0 && !tokens.get(i - 1).equals("å") && !subordinate(lexicon, i)) {
                return i;
            }
        }
        return -1;
    }

    // "vil bli fulgt opp", "skal bli etablert": the passive of an action, unless a degree word comes between ("bli mer samordnet")
    private boolean passiveWithBli(Lexicon lexicon, int index) {
        String token = tokens.get(index);
        return (token.equals("bli") || token.equals("verte")) && index + 1 < tokens.size()
                && lexicon.isActionParticiple(tokens.get(index + 1));
    }

    private MainVerb verbAfter(Lexicon lexicon, int modalIndex) {
        String modal = tokens.get(modalIndex);
        for (int j = modalIndex + 1; j < tokens.size() && j <= modalIndex + MAX_WORDS_TO_VERB; j++) {
            String token = tokens.get(j);
            if (token.length() == 1 && ",.;:!?".contains(token)) {
                break;
            }
            if (passiveWithBli(lexicon, j)) {
                return new MainVerb(modal, modalIndex, token + " " + tokens.get(j + 1), j + 1, VerbClass.ACTION);
            }
            if (lexicon.contains(WordClass.STATIVE_VERB, token)) {
                return new MainVerb(modal, modalIndex, token, j, VerbClass.STATIVE);
            }
            if (lexicon.isActionVerbForm(token)) {
                return new MainVerb(modal, modalIndex, token, j, VerbClass.ACTION);
            }
        }
        return new MainVerb(modal, modalIndex, null, -1, VerbClass.NONE);
    }
}
