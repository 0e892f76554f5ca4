package no.tiltaksradar.propose.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.tiltaksradar.language.Lexicon;

/**
 * "KS utarbeider planer for ...": a publishing body that describes its own coming work in the
 * present tense (Bokmål -er, Nynorsk -ar) announces a measure; the present of another body's
 * verb is a description of what it does already, so only the publisher's own name counts.
 */
final class PublisherPresentRule implements ReadingRule {
    private final List<String> publisherNames;
    private final Lexicon lexicon;

    PublisherPresentRule(List<String> publisherNames, Lexicon lexicon) {
        this.publisherNames = publisherNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        this.lexicon = lexicon;
    }

    @Override
    public Optional<Verdict> decide(Clause clause) {
        String lower = clause.lower().strip();
        for (String name : publisherNames) {
            if (lower.startsWith(name + " ")) {
                String verb = lower.substring(name.length() + 1).split("\\s+", 2)[0];
                boolean present = (verb.endsWith("er") || verb.endsWith("ar")) && lexicon.isActionVerbForm(verb);
                if (present) {
                    return ReadingRule.decided(Verdict.measure(0.6));
                }
            }
        }
        return ReadingRule.noOpinion();
    }
}
