package no.tiltaksradar.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.model.CandidateMeasure;

/** Content mutations of a gold quote: each one changes what it says, so none may verify. */
final class Mutations {
    private static final List<String> AGENCIES = List.of("Brønnøysundregistrene", "Statens kartverk", "Skatteetaten", "NAV");
    private static final Pattern MODAL = Pattern.compile("\\b(skal|vil|bør|må|kan|er)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern CONTENT_WORD = Pattern.compile("\\b\\p{Ll}{6,}\\b");
    private static final Pattern PROPER_NAME = Pattern.compile("(?<=\\S )\\p{Lu}\\p{L}{2,}");

    private Mutations() {
    }

    static List<Variant> of(CandidateMeasure gold, CandidateMeasure neighbour) {
        List<Variant> variants = new ArrayList<>();
        String quote = gold.quote();
        contentWord(quote).ifPresent(q -> variants.add(new Variant(Variant.Kind.CONTENT_WORD, q)));
        number(quote).ifPresent(q -> variants.add(new Variant(Variant.Kind.NUMBER_OR_DATE, q)));
        negationAdded(quote).ifPresent(q -> variants.add(new Variant(Variant.Kind.NEGATION_ADDED, q)));
        negationDropped(quote).ifPresent(q -> variants.add(new Variant(Variant.Kind.NEGATION_DROPPED, q)));
        nameSwapped(gold).ifPresent(q -> variants.add(new Variant(Variant.Kind.NAME_SWAPPED, q)));
        stitched(quote, neighbour.quote()).ifPresent(q -> variants.add(new Variant(Variant.Kind.STITCHED, q)));
        return variants;
    }

    // the content word nearest the middle becomes another word of the same shape
    static Optional<String> contentWord(String quote) {
        Matcher m = CONTENT_WORD.matcher(quote);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int[] word = words.get(words.size() / 2);
        String replacement = quote.substring(word[0], word[1]).equals("registeret") ? "kartverket" : "registeret";
        return Optional.of(quote.substring(0, word[0]) + replacement + quote.substring(word[1]));
    }

    static Optional<String> number(String quote) {
        Matcher m = NUMBER.matcher(quote);
        if (!m.find()) {
            return Optional.empty();
        }
        long changed = Long.parseLong(m.group().length() > 12 ? m.group().substring(0, 12) : m.group()) + 1;
        return Optional.of(quote.substring(0, m.start()) + changed + quote.substring(m.end()));
    }

    static Optional<String> negationAdded(String quote) {
        Matcher m = MODAL.matcher(quote);
        if (m.find()) {
            return Optional.of(quote.substring(0, m.end()) + " ikke" + quote.substring(m.end()));
        }
        int space = quote.indexOf(' ');
        return space < 0 ? Optional.empty() : Optional.of(quote.substring(0, space) + " ikke" + quote.substring(space));
    }

    static Optional<String> negationDropped(String quote) {
        for (String negation : List.of(" ikke", " ikkje", " ingen")) {
            int at = quote.indexOf(negation + " ");
            if (at >= 0) {
                return Optional.of(quote.substring(0, at) + quote.substring(at + negation.length()));
            }
        }
        return Optional.empty();
    }

    // the named responsible actor if the quote writes it, else a capitalised name inside the sentence
    static Optional<String> nameSwapped(CandidateMeasure gold) {
        String quote = gold.quote();
        String name = gold.fields().responsible().stream().filter(quote::contains).findFirst().orElseGet(() -> {
            Matcher m = PROPER_NAME.matcher(quote);
            return m.find() ? m.group() : null;
        });
        if (name == null) {
            return Optional.empty();
        }
        String other = AGENCIES.stream().filter(a -> !quote.contains(a)).findFirst().orElseThrow();
        return Optional.of(quote.replaceFirst(Pattern.quote(name), Matcher.quoteReplacement(other)));
    }

    static Optional<String> stitched(String quote, String other) {
        String[] a = quote.split(" ");
        String[] b = other.split(" ");
        if (a.length < 6 || b.length < 6 || quote.equals(other)) {
            return Optional.empty();
        }
        String head = String.join(" ", List.of(a).subList(0, a.length / 2));
        String tail = String.join(" ", List.of(b).subList(b.length / 2, b.length));
        return Optional.of(head + " " + tail);
    }
}
