package no.tiltaksradar.propose.pattern;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.tiltaksradar.language.WordBoundary;
import no.tiltaksradar.layout.Block;

/**
 * Sections that present another policy document: the heading is named after it and its own text
 * cites that document by its official designation ("Meld. St. 27 (2015–2016) Digital agenda for
 * Norge", "NOU 2023: 17 ...", "Prop. 1 S ..."). Their commitments are that document's, not this one's.
 */
final class CitedDocumentSections {
    /** An official designation and the title after it. */
    private static final Pattern CITATION = Pattern.compile(WordBoundary.START
            + "(meld\\.\\s*st\\.|st\\.\\s*meld\\.|nou|prop\\.)\\s*[\\d\\s:()–\\-a-z.]{1,30}?\\s*(\\p{L}[^.]{3,120})", Pattern.UNICODE_CASE);

    Set<String> of(List<Block> blocks) {
        Map<String, StringBuilder> textBySection = new HashMap<>();
        for (Block block : blocks) {
            if (block.kind() == Block.Kind.PARAGRAPH || block.kind() == Block.Kind.LIST_ITEM || block.kind() == Block.Kind.LEAD_IN) {
                textBySection.computeIfAbsent(block.section(), s -> new StringBuilder()).append(' ').append(block.text());
            }
        }
        Set<String> cited = new HashSet<>();
        textBySection.forEach((section, text) -> {
            if (!section.isBlank() && citesItsOwnHeading(section, text.toString().toLowerCase(Locale.ROOT))) {
                cited.add(section);
            }
        });
        return cited;
    }

    private static boolean citesItsOwnHeading(String section, String text) {
        String heading = section.toLowerCase(Locale.ROOT).replaceAll("^[\\d.\\s]+", "").replaceAll("\\d+$", "").strip();
        Matcher citation = CITATION.matcher(text);
        while (citation.find()) {
            if (!heading.isEmpty() && citation.group(2).startsWith(heading)) {
                return true;
            }
        }
        return false;
    }
}
