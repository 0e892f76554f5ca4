package no.tiltaksradar.validate;

import java.util.List;
import no.tiltaksradar.model.MeasureKind;

/**
 * The answer to "what kind of statement is this": each judge's reading, how they relate, the
 * decided kind and the reason that decided it.
 *
 * @param decision the kind the judges settle on; UNCLEAR when they disagree or none could read it
 * @param readings every judge's reading, rule judge first
 */
public record KindVerdict(MeasureKind claimed, JudgedKind decision, Agreement agreement, String reason, List<Judgement> readings) {
    public KindVerdict {
        readings = List.copyOf(readings);
    }

    /** Whether the decision confirms what the candidate claims, with nothing left to settle. */
    public boolean confirmsClaim() {
        boolean settled = agreement == Agreement.SINGLE_JUDGE || agreement == Agreement.AGREED;
        return settled && decision == (claimed == MeasureKind.GOAL ? JudgedKind.GOAL : JudgedKind.MEASURE);
    }
}
