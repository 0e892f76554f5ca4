package no.tiltaksradar.propose.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Norwegian public bodies with their abbreviations and ministries (data: gazetteer.tsv, built from
 * the agency lists of Digdir's sector factsheet), plus collective actors ("Etatene", "Regjeringen").
 */
final class Gazetteer {
    /** A public body as the register names it. */
    record Body(String name, String alias, String ministry) {
    }

    /** A body or collective actor found in a text, as written there. */
    record Mention(int start, String asWritten, Body body) {
    }

    /** The suffix naming a state enterprise's or company's legal form: SF, HF, RHF, AS, ASA, IKS, KF. */
    private static final Pattern COMPANY_FORM = Pattern.compile("\\s+(SF|HF|RHF|AS|ASA|IKS|KF)$");

    private final Map<String, Body> byName = new LinkedHashMap<>();
    private final Map<String, Body> byAlias;
    private final List<String> collectives;
    private final Pattern names;
    private final Pattern aliases;

    Gazetteer(List<String> tsvRows, List<String> collectives) {
        Map<String, Body> byAlias = new LinkedHashMap<>();
        for (String row : tsvRows) {
            String[] f = row.split("\t", -1);
            Body body = new Body(f[0], f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : "");
            byName.put(f[0].toLowerCase(Locale.ROOT), body);
            // running text drops the legal form: "Norsk helsenett SF" is written "Norsk helsenett"
            Matcher form = COMPANY_FORM.matcher(f[0]);
            if (form.find()) {
                byName.putIfAbsent(f[0].substring(0, form.start()).toLowerCase(Locale.ROOT), body);
            }
            if (!body.alias().isBlank()) {
                byAlias.putIfAbsent(body.alias(), body);
            }
        }
        this.byAlias = byAlias;
        this.collectives = collectives;
        List<String> written = new ArrayList<>(byName.keySet());
        collectives.forEach(c -> written.add(c.toLowerCase(Locale.ROOT)));
        this.names = alternation(written, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // abbreviations only in capitals: "KD" is the ministry, "kd" is nothing
        this.aliases = alternation(new ArrayList<>(byAlias.keySet()), 0);
    }

    private static Pattern alternation(List<String> words, int flags) {
        if (words.isEmpty()) {
            return Pattern.compile("(?!)"); // an empty alternation would match the empty string between any two words
        }
        words.sort(Comparator.comparingInt(String::length).reversed()); // longest first: "Norsk Polarinstitutt" before "Norsk"
        return Pattern.compile("(?<![\\p{L}\\d])(" + String.join("|", words.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\d])", flags);
    }

    static Gazetteer load() {
        return new Gazetteer(ResourceLines.read("gazetteer.tsv"), ResourceLines.read("collective-actors.txt"));
    }

    /** Bodies and collective actors named in the text, in order of appearance. */
    List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher byName = names.matcher(text);
        while (byName.find()) {
            found.add(new Mention(byName.start(1), byName.group(1), this.byName.get(byName.group(1).toLowerCase(Locale.ROOT))));
        }
        Matcher byAbbreviation = aliases.matcher(text);
        while (byAbbreviation.find()) {
            found.add(new Mention(byAbbreviation.start(1), byAbbreviation.group(1), byAlias.get(byAbbreviation.group(1))));
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    Optional<Body> body(String nameOrAlias) {
        Body body = byName.get(nameOrAlias.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(body != null ? body : byAlias.get(nameOrAlias));
    }

    boolean isCollective(String asWritten) {
        return collectives.stream().anyMatch(c -> c.equalsIgnoreCase(asWritten));
    }
}
