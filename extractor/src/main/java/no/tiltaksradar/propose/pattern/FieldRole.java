package no.tiltaksradar.propose.pattern;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a table column or an item's field label holds, read from its name as action plans write
 * it in Bokmål and Nynorsk: the measure itself, a goal, who is responsible, the ministry, the
 * deadline, the status or the partners.
 */
enum FieldRole {
    MEASURE("tiltak\\p{L}*|aktivitet\\p{L}*|hva|kva|hva skal gjøres|kva skal gjerast|handling\\p{L}*|.*\\bvil:?"),
    GOAL("mål|delmål|hovedmål|hovudmål|målsetting\\p{L}*|resultatmål|effektmål"),
    MINISTRY("(ansvarlig|ansvarleg) departement|departement\\p{L}*|dep\\.?"),
    RESPONSIBLE("ansvar|ansvarlig|ansvarleg|ansvarlig (virksomhet|etat|aktør)|ansvarleg (verksemd|etat|aktør)|hvem|kven|utføres av|"
            + "vert utført av|eier|eigar"),
    COLLABORATORS("samarbeid\\p{L}*|medansvarlig\\p{L}*|involverte|bidragsytere|bidragsytarar"),
    DEADLINE("frist|tidsramme|tidsplan|når|periode|tidspunkt|gjennomføring\\p{L}*|ferdig"),
    STATUS("status"),
    OTHER("");

    private final Pattern name;

    FieldRole(String name) {
        this.name = Pattern.compile(name, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static FieldRole of(String header) {
        String text = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[:*]+$", "").strip();
        for (FieldRole role : values()) {
            if (role != OTHER && role.name.matcher(text).matches()) {
                return role;
            }
        }
        return OTHER;
    }
}
