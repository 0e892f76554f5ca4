package no.tiltaksradar.propose.pattern;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.language.WordClass;

/**
 * The core of a Norwegian commitment: an actor + a modal of the main clause (skal, vil, bør) + an
 * action verb. A modal inside a subordinate clause ("..., som skal ...") commits nobody; a
 * stative verb after it ("skal være", "skal ha", "vil bidra") states a goal; "skal" in a line
 * without a full stop is a headline objective; "må" in running prose states a need.
 */
final class ModalCommitmentRule implements ReadingRule {
    private static final int MAX_WORDS_TO_VERB = 6;
    /** "Norsk helsenett er tjenesteleverandør og skal ...": a role or a wish, the modal only its second half. */
    private static final Pattern ROLE_DESCRIPTION = Pattern.compile(WordBoundary.whole("er|har|ivaretar|ønsker|ønskjer|mener|meiner")
            + ".*" + WordBoundary.whole("og") + "\\s*$", Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Set<String> NEED = Set.of("må", "måtte", "lyt", "lyte");
    private static final Set<String> ADVICE = Set.of("bør", "burde");
    private static final Set<String> VOLITION = Set.of("vil", "ville");

    private final Lexicon lexicon;
    private final ActorCheck actors;

    ModalCommitmentRule(Lexicon lexicon, ActorCheck actors) {
        this.lexicon = lexicon;
        this.actors = actors;
    }

    @Override
    public Optional<Verdict> decide(Clause clause) {
        String lower = clause.lower();
        Matcher modal = lexicon.pattern(WordClass.COMMITMENT_MODAL).matcher(lower);
        while (modal.find()) {
            String word = modal.group().toLowerCase(Locale.ROOT);
            if (lexicon.find(WordClass.SUBORDINATOR, clauseBefore(lower, modal.start())).isPresent()) {
                continue; // "..., som skal ...": the modal belongs to a subordinate clause
            }
            if (insideQuotation(lower, modal.start()) || ROLE_DESCRIPTION.matcher(lower.substring(0, modal.start())).find()
                    || !clause.listItem() && NEED.contains(word)) {
                return ReadingRule.decided(Verdict.NEITHER);
            }
            return ReadingRule.decided(readVerb(clause, modal, word));
        }
        return ReadingRule.noOpinion();
    }

    private Verdict readVerb(Clause clause, Matcher modal, String word) {
        String lower = clause.lower();
        int verbAt = verbAfter(lower, modal.end());
        boolean headline = !clause.text().strip().matches("(?s).*[.!?)]$");
        if (headline && word.equals("skal") && (verbAt < 0 || !lexicon.contains(WordClass.STATIVE_VERB, wordAt(lower, verbAt)))) {
            return Verdict.goal(0.5); // "Kommunal sektor skal ..." set as a line of its own, without a full stop, is an objective
        }
        if (verbAt < 0) {
            return Verdict.NEITHER;
        }
        String verb = wordAt(lower, verbAt);
        boolean bli = verb.equals("bli") || verb.equals("verte");
        if (bli && !participleAfter(lower, verbAt) || !bli && lexicon.contains(WordClass.STATIVE_VERB, verb)) {
            return Verdict.goal(0.6); // "skal være", "skal bli bedre": a state, not an action
        }
        if (ActorCheck.facilitates(lower, verbAt) && !isPassive(verb)) {
            return Verdict.goal(0.5); // "X skal legge til rette for Y" names a condition Y to be reached, not a deliverable
        }
        boolean passive = isPassive(verb); // "vil bli fulgt opp" keeps its subject as the actor to look for
        if (!clause.listItem() && !actors.present(clause.text(), lower, modal.start(), modal.end(), verbAt, passive, VOLITION.contains(word))) {
            return Verdict.NEITHER; // "Strategien skal tydeliggjøre", "Tjenesten vil erstatte": things, not actors
        }
        return Verdict.measure(ADVICE.contains(word) ? 0.6 : 0.7);
    }

    /** Where the first verb after the modal starts, skipping adverbs and an inverted subject; -1 when another clause begins first. */
    private int verbAfter(String lower, int from) {
        Matcher words = Pattern.compile("[\\p{L}\\-]+").matcher(lower);
        words.region(from, lower.length());
        for (int i = 0; i < MAX_WORDS_TO_VERB && words.find(); i++) {
            String word = words.group();
            if (lexicon.contains(WordClass.ACTION_VERB, word) || lexicon.contains(WordClass.STATIVE_VERB, word) || isPassive(word)
                    || word.equals("bli") || word.equals("verte")) {
                return words.start();
            }
            if (lexicon.contains(WordClass.COMMITMENT_MODAL, word) || lexicon.contains(WordClass.SUBORDINATOR, word)) {
                return -1; // the verb we would find belongs to another clause
            }
        }
        return -1;
    }

    /** "etableres", Nynorsk "etablerast": the s-passive of an action verb. */
    private boolean isPassive(String word) {
        return (word.endsWith("s") || word.endsWith("ast")) && lexicon.isActionVerbForm(word) && !lexicon.contains(WordClass.ACTION_VERB, word);
    }

    /** "vil bli fulgt opp", "skal bli etablert": a future passive is an action, "skal bli bedre" is not. */
    private boolean participleAfter(String lower, int bliAt) {
        String[] next = lower.substring(bliAt).split("[\\s,]+", 3);
        return next.length > 1 && (lexicon.isActionParticiple(next[1]) || next[1].matches("\\p{L}+(t|dd)"));
    }

    private static String wordAt(String lower, int at) {
        Matcher word = Pattern.compile("[\\p{L}\\-]+").matcher(lower);
        return word.find(at) ? word.group() : "";
    }

    /** The text between the last comma (or the start) and the modal: where a subordinator would stand. */
    private static String clauseBefore(String lower, int modalStart) {
        int comma = lower.lastIndexOf(',', modalStart);
        return lower.substring(Math.max(0, comma + 1), modalStart);
    }

    private static boolean insideQuotation(String lower, int at) {
        String before = lower.substring(0, at);
        return before.chars().filter(c -> c == '«').count() > before.chars().filter(c -> c == '»').count();
    }
}
