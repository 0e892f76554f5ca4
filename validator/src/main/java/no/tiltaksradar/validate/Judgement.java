package no.tiltaksradar.validate;

/**
 * One judge's reading of a quote.
 *
 * @param judge who judged, e.g. {@code rule/3} or {@code llm/<model>}
 * @param reason why, in words a reviewer can check against the text
 * @param failed the judge could not give a reading (call failed, answer unreadable); the kind is then UNCLEAR
 */
public record Judgement(JudgedKind kind, String reason, String judge, boolean failed) {
    public Judgement {
        if (kind == null) {
            throw new IllegalArgumentException("judgement needs a kind");
        }
        if (failed && kind != JudgedKind.UNCLEAR) {
            throw new IllegalArgumentException("a failed judge has no reading, not " + kind);
        }
        reason = reason == null ? "" : reason;
    }

    public Judgement(JudgedKind kind, String reason, String judge) {
        this(kind, reason, judge, false);
    }

    /** A judge that gave no reading, and why. */
    public static Judgement failed(String reason, String judge) {
        return new Judgement(JudgedKind.UNCLEAR, reason, judge, true);
    }
}
