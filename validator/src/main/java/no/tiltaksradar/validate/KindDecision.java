package no.tiltaksradar.validate;

import java.util.Set;
import no.tiltaksradar.model.MeasureKind;

/**
 * Turns the judges' readings into a yes/no on the candidate's claimed kind. The LLM, when it has
 * an opinion, has the last word because it reads meaning the rules cannot; both readings stay on
 * the verdict. An unclear reading never rejects: the reviewer sees it in the reasons.
 */
final class KindDecision {
    private static final Set<JudgedKind> NOT_MEASURES = Set.of(JudgedKind.GOAL, JudgedKind.POTENTIAL, JudgedKind.DESCRIPTION);
    private static final Set<JudgedKind> NOT_GOALS = Set.of(JudgedKind.POTENTIAL, JudgedKind.DESCRIPTION);

    /** @return the reason the claim fails, or null when it stands */
    String rejection(MeasureKind claimed, Judgement rule, Judgement llm) {
        Judgement decisive = llm != null && llm.kind() != JudgedKind.UNCLEAR ? llm : rule;
        boolean fails = claimed == MeasureKind.GOAL ? NOT_GOALS.contains(decisive.kind()) : NOT_MEASURES.contains(decisive.kind());
        if (!fails) {
            return null;
        }
        String claim = claimed == null ? "measure" : claimed.jsonName();
        return "claimed " + claim + ", but " + decisive.judge() + " reads a " + decisive.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + decisive.reason();
    }
}
