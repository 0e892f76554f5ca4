package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.tiltaksradar.model.MeasureKind;

/**
 * Combines the rule judge's and (when configured) the LLM judge's readings. Neither overrides
 * the other: the same definite reading is agreement; different readings are a disagreement for
 * a reviewer; an unclear reading or a failed judge is never counted as agreement.
 */
final class KindDecision {

    KindVerdict decide(MeasureKind claimed, Judgement rule, Judgement llm) {
        List<Judgement> readings = new ArrayList<>(List.of(rule));
        if (llm == null) {
            Agreement agreement = rule.failed() ? Agreement.JUDGE_FAILED
                    : rule.kind() == JudgedKind.UNCLEAR ? Agreement.UNCLEAR : Agreement.SINGLE_JUDGE;
            return new KindVerdict(claimed, rule.kind(), agreement, describe(rule), readings);
        }
        readings.add(llm);
        Judgement failed = rule.failed() ? rule : llm.failed() ? llm : null;
        if (failed != null) {
            return new KindVerdict(claimed, JudgedKind.UNCLEAR, Agreement.JUDGE_FAILED, failed.judge() + " failed: " + failed.reason(), readings);
        }
        if (rule.kind() == JudgedKind.UNCLEAR || llm.kind() == JudgedKind.UNCLEAR) {
            Judgement unclear = rule.kind() == JudgedKind.UNCLEAR ? rule : llm;
            return new KindVerdict(claimed, JudgedKind.UNCLEAR, Agreement.UNCLEAR, unclear.judge() + " cannot tell: " + unclear.reason(), readings);
        }
        if (rule.kind() != llm.kind()) {
            return new KindVerdict(claimed, JudgedKind.UNCLEAR, Agreement.DISAGREED,
                    "judges disagree: " + describe(rule) + "; " + describe(llm), readings);
        }
        return new KindVerdict(claimed, rule.kind(), Agreement.AGREED, "both read " + article(rule.kind()) + ": " + rule.reason(), readings);
    }

    static String describe(Judgement judgement) {
        return judgement.judge() + " reads " + article(judgement.kind()) + " (" + judgement.reason() + ")";
    }

    static String article(JudgedKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return kind == JudgedKind.UNCLEAR ? "it as unclear" : "a " + name;
    }
}
