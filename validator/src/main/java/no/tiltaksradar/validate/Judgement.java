package no.tiltaksradar.validate;

/**
 * One judge's reading of a quote.
 *
 * @param judge who judged, e.g. {@code rule/1} or {@code llm/<model>}
 * @param reason why, in words a reviewer can check against the text
 */
public record Judgement(JudgedKind kind, String reason, String judge) {
    public Judgement {
        if (kind == null) {
            throw new IllegalArgumentException("judgement needs a kind");
        }
        reason = reason == null ? "" : reason;
    }
}
