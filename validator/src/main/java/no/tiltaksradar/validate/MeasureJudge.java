package no.tiltaksradar.validate;

import no.tiltaksradar.model.MeasureKind;

/** Decides whether a verified quote states a measure, a goal, a potential or a description. */
public interface MeasureJudge {

    /**
     * @param quote the quote as it stands in the document
     * @param contextBefore document text before the quote on its page (headings, list lead-in); may be empty
     * @param claimed what the candidate says it is
     * @return the judgement, never null; a judge that cannot decide answers {@link JudgedKind#UNCLEAR}
     */
    Judgement judge(String quote, String contextBefore, MeasureKind claimed);
}
