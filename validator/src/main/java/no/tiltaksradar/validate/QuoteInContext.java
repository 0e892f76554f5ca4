package no.tiltaksradar.validate;

/**
 * A found quote as it stands in the document, with the text around it on its pages: the
 * heading or list lead-in above an item, or a box label below it, can decide what it states.
 *
 * @param before document text before the quote on its first page; may be empty
 * @param after document text after the quote on its last page; may be empty
 */
public record QuoteInContext(String quote, String before, String after) {
    public QuoteInContext {
        quote = quote == null ? "" : quote;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** A quote with nothing known around it. */
    public static QuoteInContext alone(String quote) {
        return new QuoteInContext(quote, "", "");
    }
}
