package no.tiltaksradar.validate;

/** How the judges' readings of one quote relate. Only SINGLE_JUDGE and AGREED can let a record pass. */
public enum Agreement {
    /** Only the rule judge was asked (no LLM configured) and it gave a definite reading. */
    SINGLE_JUDGE,
    /** Every judge gave the same definite reading. */
    AGREED,
    /** Two judges gave different definite readings. */
    DISAGREED,
    /** A judge read the quote as unclear: that is no agreement. */
    UNCLEAR,
    /** A judge gave no reading: its call failed or its answer was unreadable. */
    JUDGE_FAILED
}
