package no.tiltaksradar.validate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document text that speaks to a language model instead of its reader: "ignore all previous
 * rules", "SYSTEM: ...", a JSON answer in our schema, our own data delimiters. A strategy has no
 * reason to say any of these, and a model may obey them whatever its prompt says, so an LLM
 * reading of such text is never trusted as agreement.
 */
final class AddressedToModel {
    private static final Pattern INSTRUCTION = Pattern.compile(
            "\\b(?:ignore|disregard|forget|override)\\b[^.\\n]{0,40}\\b(?:instructions?|rules?|prompts?|previous|above)\\b"
                    + "|\\b(?:ignorer|ignorere|se bort fra|glem|overstyr)\\b[^.\\n]{0,40}\\b(?:instruks\\w*|regl\\w*|beskjed\\w*|ledetekst\\w*)\\b"
                    + "|(?m:^)\\s*(?:system|assistant|developer)\\s*:"
                    + "|\\{\\s*\"kind\"\\s*:"
                    + "|</?\\s*(?:document_excerpt|quote)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AddressedToModel() {
    }

    /** The first words of the text that address a model, if any. */
    static Optional<String> in(QuoteInContext quote) {
        for (String text : new String[] {quote.before(), quote.quote(), quote.after()}) {
            Matcher matcher = INSTRUCTION.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group().strip());
            }
        }
        return Optional.empty();
    }
}
