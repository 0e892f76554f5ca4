package no.tiltaksradar.propose.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.model.MeasureKind;

/**
 * Reads one sentence or list item the way a careful Norwegian reader does, by asking small named
 * rules in order, each with its linguistic reason: what a list's heading says its items are, then
 * reported speech, goal statements, announcements and finally the actor + modal + verb core.
 */
final class CommitmentClassifier {
    /** A reading with a confidence between 0 and 1. */
    record Reading(MeasureKind kind, double confidence) {
    }

    private static final Pattern NEED_OR_COMMITMENT = WordBoundary.wholePattern("skal|vil|bør|må|lyt|trenger|treng|behov");

    private final List<ReadingRule> rules;

    CommitmentClassifier(Lexicon lexicon, List<String> publisherNames, Gazetteer gazetteer) {
        this.rules = List.of(new QuestionRule(), new ListedMeasureRule(), new GoalCaptionStatementRule(lexicon), new ReportedSpeechRule(), new ReportingItemRule(lexicon),
                new NamedObjectItemRule(lexicon), new ListedByContextRule(),
                new GoalOpeningRule(), new DirectionGoalRule(), new RequirementRule(), new ImpersonalPassiveRule(), new PublisherPresentRule(publisherNames, lexicon),
                new DatedPassiveRule(lexicon),
                new ModalCommitmentRule(lexicon, new ActorCheck(gazetteer)));
    }

    Optional<Reading> read(String text, ListContext context, boolean listItem) {
        Clause clause = new Clause(text, context, listItem);
        for (ReadingRule rule : rules) {
            Optional<ReadingRule.Verdict> verdict = rule.decide(clause);
            if (verdict.isPresent()) {
                return verdict.get().reading();
            }
        }
        return Optional.empty();
    }

    /**
     * An item that only reports what was done ("NVE har levert en oversikt."), with no need or
     * commitment anywhere in it, is a description even in a list headed "Tiltak".
     */
    boolean reportsOnly(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        return ReportedSpeechRule.PAST_DESCRIPTION.matcher(lower).matches() && !NEED_OR_COMMITMENT.matcher(lower).find();
    }
}
