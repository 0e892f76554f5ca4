package no.tiltaksradar.validate;

import static org.assertj.core.api.Assertions.assertThat;

import no.tiltaksradar.model.MeasureKind;
import org.junit.jupiter.api.Test;

/** The combination policy: only the same definite reading is agreement; nobody overrides anybody. */
class KindDecisionTest {
    private final KindDecision decision = new KindDecision();

    private static Judgement rule(JudgedKind kind) {
        return new Judgement(kind, "r", RuleMeasureJudge.NAME);
    }

    private static Judgement llm(JudgedKind kind) {
        return new Judgement(kind, "l", "llm/x");
    }

    @Test
    void sameDefiniteReadingIsAgreementAndConfirmsAMatchingClaim() {
        KindVerdict verdict = decision.decide(MeasureKind.MEASURE, rule(JudgedKind.MEASURE), llm(JudgedKind.MEASURE));
        assertThat(verdict.agreement()).isEqualTo(Agreement.AGREED);
        assertThat(verdict.confirmsClaim()).isTrue();
    }

    @Test
    void disagreementDecidesNothingWhicheverJudgeSaysMeasure() {
        for (var pair : new Judgement[][] {{rule(JudgedKind.GOAL), llm(JudgedKind.MEASURE)}, {rule(JudgedKind.MEASURE), llm(JudgedKind.POTENTIAL)}}) {
            KindVerdict verdict = decision.decide(MeasureKind.MEASURE, pair[0], pair[1]);
            assertThat(verdict.agreement()).isEqualTo(Agreement.DISAGREED);
            assertThat(verdict.decision()).isEqualTo(JudgedKind.UNCLEAR);
            assertThat(verdict.confirmsClaim()).isFalse();
        }
    }

    @Test
    void unclearReadingIsNeverAgreement() {
        assertThat(decision.decide(MeasureKind.MEASURE, rule(JudgedKind.UNCLEAR), llm(JudgedKind.MEASURE)).agreement())
                .isEqualTo(Agreement.UNCLEAR);
        assertThat(decision.decide(MeasureKind.MEASURE, rule(JudgedKind.UNCLEAR), null).confirmsClaim()).isFalse();
    }

    @Test
    void failedJudgeIsNeverAgreementEvenWhenTheOtherReadsAMeasure() {
        KindVerdict verdict = decision.decide(MeasureKind.MEASURE, rule(JudgedKind.MEASURE), Judgement.failed("HTTP 500", "llm/x"));
        assertThat(verdict.agreement()).isEqualTo(Agreement.JUDGE_FAILED);
        assertThat(verdict.confirmsClaim()).isFalse();
        assertThat(verdict.reason()).contains("llm/x failed: HTTP 500");
    }

    @Test
    void ruleJudgeAloneConfirmsOnlyTheKindItReads() {
        assertThat(decision.decide(MeasureKind.GOAL, rule(JudgedKind.GOAL), null).confirmsClaim()).isTrue();
        assertThat(decision.decide(MeasureKind.MEASURE, rule(JudgedKind.GOAL), null).confirmsClaim()).isFalse();
        assertThat(decision.decide(MeasureKind.GOAL, rule(JudgedKind.MEASURE), null).confirmsClaim()).isFalse();
    }
}
