package no.tiltaksradar.propose.pattern;

import java.util.Optional;

/**
 * A question commits nobody: "Bør kommunane få plikt til å tilby rettleiing?" or "Korleis kan
 * frivillige bidra?" asks what should be done, whatever modal, actor or heading it stands under. A
 * sentence or item that ends in a question mark is neither a measure nor a goal.
 */
final class QuestionRule implements ReadingRule {

    @Override
    public Optional<Verdict> decide(Clause clause) {
        return clause.text().strip().endsWith("?") ? ReadingRule.decided(Verdict.NEITHER) : ReadingRule.noOpinion();
    }
}
