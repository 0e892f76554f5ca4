package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Artefact-only variants of a gold quote: what PDF extraction does to text without changing it. */
final class Artefacts {
    private static final Pattern LONG_WORD = Pattern.compile("\\p{Ll}{9,}");

    private Artefacts() {
    }

    static List<Variant> of(String quote) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(Variant.Kind.WHITESPACE, quote.replaceFirst(" ", "  \n ").replace(". ", ".\n\n")));
        variants.add(new Variant(Variant.Kind.WHITESPACE, quote.replaceFirst(" (\\S+) ", "\u00A0$1\t ")));
        hyphenation(quote).ifPresent(q -> variants.add(new Variant(Variant.Kind.HYPHENATION, q)));
        hyphenation(quote).map(q -> q.replace("-\n", "\u00AD")).ifPresent(q -> variants.add(new Variant(Variant.Kind.HYPHENATION, q)));
        compoundAtLineEnd(quote).ifPresent(q -> variants.add(new Variant(Variant.Kind.HYPHENATION, q)));
        ligatures(quote).ifPresent(q -> variants.add(new Variant(Variant.Kind.LIGATURES, q)));
        typographic(quote).ifPresent(q -> variants.add(new Variant(Variant.Kind.TYPOGRAPHIC, q)));
        variants.add(new Variant(Variant.Kind.CASE, quote.toUpperCase(Locale.ROOT)));
        footnoteMarker(quote, "1").ifPresent(q -> variants.add(new Variant(Variant.Kind.FOOTNOTE_MARKER, q)));
        footnoteMarker(quote, "\u00B2").ifPresent(q -> variants.add(new Variant(Variant.Kind.FOOTNOTE_MARKER, q)));
        return variants;
    }

    // "informasjonssikkerhet" -> "informasj-\nonssikkerhet", as a typesetter breaks a line
    static Optional<String> hyphenation(String quote) {
        Matcher m = LONG_WORD.matcher(quote);
        if (!m.find()) {
            return Optional.empty();
        }
        int cut = m.start() + (m.end() - m.start()) / 2;
        return Optional.of(quote.substring(0, cut) + "-\n" + quote.substring(cut));
    }

    // a real compound hyphen left at a line end: "IKT-system" -> "IKT-\nsystem"
    static Optional<String> compoundAtLineEnd(String quote) {
        String changed = quote.replaceFirst("(?<=\\p{L})-(?=\\p{L})", "-\n");
        return changed.equals(quote) ? Optional.empty() : Optional.of(changed);
    }

    // a footnote number run into the word before it, as text layers give superscripts: "kraft" -> "kraft1", "kraft²"
    static Optional<String> footnoteMarker(String quote, String marker) {
        Matcher m = LONG_WORD.matcher(quote);
        return m.find() ? Optional.of(quote.substring(0, m.end()) + marker + quote.substring(m.end())) : Optional.empty();
    }

    static Optional<String> ligatures(String quote) {
        String changed = quote.replace("fi", "\uFB01").replace("fl", "\uFB02").replace("ff", "\uFB00");
        return changed.equals(quote) ? Optional.empty() : Optional.of(changed);
    }

    // straight and guillemet quotes to curly ones, hyphens between words and en dashes swapped
    static Optional<String> typographic(String quote) {
        String changed = quote.replace('«', '\u201C').replace('»', '\u201D').replace('"', '\u201D').replace('\'', '\u2019')
                .replace(" – ", " \u2014 ").replace(" - ", " \u2013 ").replaceAll("(?<=\\p{L})-(?=\\p{L})", "\u2011");
        return changed.equals(quote) ? Optional.empty() : Optional.of(changed);
    }
}
