package no.tiltaksradar.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared Norwegian lexicon of strategy wording, Bokmål and Nynorsk, read once from the word
 * lists beside this class. Immutable: one instance may serve every thread. Rules that tell a
 * measure from a goal or a potential read their words here, so proposer and validator agree.
 */
public final class Lexicon {
    private final Map<WordClass, Set<String>> entries;
    private final Map<WordClass, Pattern> patterns;
    private final Set<String> actionForms;
    private final Set<String> actionParticiples;

    private Lexicon(Map<WordClass, Set<String>> entries) {
        this.entries = Collections.unmodifiableMap(entries);
        Map<WordClass, Pattern> compiled = new EnumMap<>(WordClass.class);
        entries.forEach((wordClass, words) -> compiled.put(wordClass, WordBoundary.anyOf(words)));
        this.patterns = Collections.unmodifiableMap(compiled);
        this.actionForms = VerbForms.of(entries.get(WordClass.ACTION_VERB));
        this.actionParticiples = VerbForms.participles(entries.get(WordClass.ACTION_VERB));
    }

    /** The lexicon of the bundled word lists; loaded once, shared. */
    public static Lexicon norwegian() {
        return Bundled.INSTANCE;
    }

    /** @return the entries of a class, lower case, single-spaced, in file order */
    public Set<String> words(WordClass wordClass) {
        return entries.get(wordClass);
    }

    /** Whether {@code word} (or phrase) is an entry of the class, case ignored. */
    public boolean contains(WordClass wordClass, String word) {
        return word != null && entries.get(wordClass).contains(normalise(word));
    }

    /** A case-insensitive, whole-word pattern matching any entry of the class, longest entries first. */
    public Pattern pattern(WordClass wordClass) {
        return patterns.get(wordClass);
    }

    /** The first entry of the class standing as whole words in {@code text}, as written there. */
    public Optional<String> find(WordClass wordClass, String text) {
        Matcher matcher = patterns.get(wordClass).matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /**
     * Whether a single word is a form of an action verb: the infinitive ("etablere"), the
     * s-passive ("etableres", Nynorsk "etablerast"), the present ("etablerer", Nynorsk
     * "etablerar") or the imperative ("etabler").
     */
    public boolean isActionVerbForm(String word) {
        return word != null && actionForms.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a single word is the past participle of an action verb ("etablert", "utviklet",
     * Nynorsk "utvikla", "vedtatt"): after er/har/ble it describes what exists or was done.
     */
    public boolean isActionParticiple(String word) {
        return word != null && actionParticiples.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The action-verb forms of {@link #isActionVerbForm}, for building patterns. */
    public Set<String> actionVerbForms() {
        return actionForms;
    }

    static String normalise(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Lexicon load() {
        Map<WordClass, Set<String>> entries = new EnumMap<>(WordClass.class);
        for (WordClass wordClass : WordClass.values()) {
            entries.put(wordClass, Collections.unmodifiableSet(read(wordClass.resource())));
        }
        return new Lexicon(entries);
    }

    private static Set<String> read(String resource) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                if (!entry.isBlank()) {
                    words.add(normalise(entry));
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    // holder idiom: loaded on first use, immutable afterwards
    private static final class Bundled {
        static final Lexicon INSTANCE = load();
    }
}
