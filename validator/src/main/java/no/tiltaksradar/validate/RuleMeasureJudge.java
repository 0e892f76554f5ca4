package no.tiltaksradar.validate;

import java.util.List;
import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.model.MeasureKind;

/**
 * Reads a quote the way the annotation guideline does, by Norwegian wording (Bokmål and
 * Nynorsk, from the shared lexicon) and by the list it stands in. The rules are asked in order
 * and the first that answers decides: a potential, an evaluative frame or a report of the
 * present is never a measure, whatever list it stands in; then the heading governing a list;
 * then goal wording (a state, or an action whose object is only a quality); only then commitment
 * wording. Nothing found reads as unclear.
 */
public final class RuleMeasureJudge implements MeasureJudge {
    /**
     * Changes when the rules read a quote differently, so a stored reading says which rules made it: 3 since the
     * quality-object rule and the shared list-marker grammar. Readers treat the name as text; old readings keep theirs.
     */
    public static final String NAME = "rule/3";

    private final List<KindRule> rules;

    public RuleMeasureJudge() {
        this(Lexicon.norwegian());
    }

    public RuleMeasureJudge(Lexicon lexicon) {
        this.rules = List.of(new PotentialRule(lexicon), new ImportanceRule(lexicon), new DescriptionRule(lexicon),
                new GoverningHeadingRule(lexicon), new GoalSubjectRule(lexicon), new RequirementRule(), new StateAfterModalRule(lexicon),
                new QualityObjectRule(lexicon), new CommitmentRule(lexicon), new ImperativeItemRule(lexicon), new PresentActionRule(lexicon),
                new DeadlineRule());
    }

    @Override
    public Judgement judge(QuoteInContext quote, MeasureKind claimed) {
        Wording wording = new Wording(quote.quote());
        for (KindRule rule : rules) {
            Optional<KindRule.Reading> reading = rule.read(wording, quote);
            if (reading.isPresent()) {
                return new Judgement(reading.get().kind(), rule.name() + ": " + reading.get().why(), NAME);
            }
        }
        return new Judgement(JudgedKind.UNCLEAR, "no rule found potential, goal, description or commitment wording", NAME);
    }
}
