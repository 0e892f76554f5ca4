package no.tiltaksradar.validate;

import no.tiltaksradar.model.MeasureKind;

/** Decides whether a verified quote states a measure, a goal, a potential or a description. */
public interface MeasureJudge {

    /**
     * @param quote the quote as it stands in the document, with the text around it
     * @param claimed what the candidate says it is
     * @return the judgement, never null; a judge that cannot decide answers {@link JudgedKind#UNCLEAR},
     *         one whose call failed answers {@link Judgement#failed}
     */
    Judgement judge(QuoteInContext quote, MeasureKind claimed);
}
