package no.tiltaksradar.propose.pattern;

import java.util.Optional;
import no.tiltaksradar.model.MeasureKind;

/** One reason to read a clause as a measure, a goal or neither. Rules are asked in order; the first that decides, decides. */
interface ReadingRule {

    /** @return empty when the rule has nothing to say about the clause */
    Optional<Verdict> decide(Clause clause);

    /** A decision: a reading, or {@link #NEITHER} when the clause is no measure and no goal. */
    record Verdict(Optional<CommitmentClassifier.Reading> reading) {
        static final Verdict NEITHER = new Verdict(Optional.empty());

        static Verdict measure(double confidence) {
            return new Verdict(Optional.of(new CommitmentClassifier.Reading(MeasureKind.MEASURE, confidence)));
        }

        static Verdict goal(double confidence) {
            return new Verdict(Optional.of(new CommitmentClassifier.Reading(MeasureKind.GOAL, confidence)));
        }
    }

    static Optional<Verdict> decided(Verdict verdict) {
        return Optional.of(verdict);
    }

    static Optional<Verdict> noOpinion() {
        return Optional.empty();
    }
}
