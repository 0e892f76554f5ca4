package no.tiltaksradar.layout;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The captions action plans put on boxes and items. A box caption ("Mål", "Tiltak", "Status") says
 * what the box holds and is no section of the document; a field label ("Ansvar:", "Frist:") names
 * one field of the item above it. Both in Bokmål and Nynorsk.
 */
final class Labels {
    private static final Set<String> BOX_CAPTIONS = Set.of("mål", "måla", "målene", "hovedmål", "hovudmål", "hovedmålet", "hovudmålet",
            "delmål", "delmåla", "delmålene", "målsetting", "målsettinger", "målsettingar", "resultatmål", "effektmål", "visjon",
            "visjonen", "ambisjon", "ambisjoner", "ambisjonar", "tiltak", "tiltaka", "tiltakene", "aktivitet", "aktiviteter",
            "aktivitetar", "status", "innsatsområde", "innsatsområder");
    private static final int MAX_CAPTION = 24;
    /** "Ansvar:", "Ansvarlig virksomhet:", "Frist:", "Tidsramme:", "Status:" at the start of a line or after a value. */
    private static final Pattern FIELD = Pattern.compile("(?:^|(?<=\\s))(ansvar|ansvarlig(?: virksomhet| departement)?|ansvarleg(?: verksemd|"
            + " departement)?|departement|samarbeid(?:spartnere|spartnarar)?|medansvarlig|frist|tidsramme|tidsplan|når|status|"
            + "kostnad|finansiering)\\s*:\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Labels() {
    }

    /** Whether a heading-like line is only a box caption. */
    static boolean isBoxCaption(String text) {
        String caption = text.strip().replaceAll(":$", "").toLowerCase(Locale.ROOT);
        return caption.length() <= MAX_CAPTION && BOX_CAPTIONS.contains(caption);
    }

    /** The fields of a line made of "Label: value" pairs only ("Ansvar: NVE Frist: 2026"), label lower-cased. */
    static Optional<Map<String, String>> fields(String line) {
        Matcher matcher = FIELD.matcher(line.strip());
        String text = line.strip();
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String label = matcher.group(1).toLowerCase(Locale.ROOT);
        int valueStart = matcher.end();
        while (matcher.find()) {
            fields.put(label, text.substring(valueStart, matcher.start()).strip());
            label = matcher.group(1).toLowerCase(Locale.ROOT);
            valueStart = matcher.end();
        }
        fields.put(label, text.substring(valueStart).strip());
        return Optional.of(fields);
    }
}
