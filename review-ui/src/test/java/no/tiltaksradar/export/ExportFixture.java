package no.tiltaksradar.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Two measures of our own wording, one the child of the other, with æøå, commas, quotes and a line break. */
final class ExportFixture {
    static final String BASE = "http://tiltak.test";

    private ExportFixture() {
    }

    static Export export() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", "skytjenester");
        filters.put("ministry", "Fiskeri- og havdepartementet");
        return new Export("register", filters, Instant.parse("2026-12-01T03:00:00Z"), List.of(parent(), child()),
                key -> key.equals("meta.language") ? "nb" : "label:" + key, BASE, "/api/register/");
    }

    static ExportRow parent() {
        return new ExportRow(11, "MEASURE", "Felles skyplattform for havnæringen", "Plattformen skal \"samle\" data, kart og målinger",
                List.of("Havforskningsinstituttet", "Kystverket"), "Fiskeri- og havdepartementet", List.of("Sjøfartsdirektoratet"),
                "Hav og kyst", "120 mill. kr", "Statsbudsjettet", "Program", "2025-2028", "Gjennomføring", "Færre dobbeltregistreringer",
                List.of("effektivisering"), List.of("sky", "datadeling"), "Datadeling", List.of("14"), null,
                "Plattform;\nbrukerveiledning", null, 3, "havstrategi-æøå.pdf", 2025,
                "Departementet vil etablere en felles skyplattform for havnæringen innen 2028.", 17, "15", null);
    }

    static ExportRow child() {
        return new ExportRow(12, "MEASURE", "=Pilot for sensordata", null, List.of(), null, List.of(), null, null, null, null, null,
                null, null, List.of(), List.of("KI"), null, List.of(), null, null, 11L, 3, "havstrategi-æøå.pdf", 2025,
                "Vi prøver ut maskinlæring på sensordata fra merdene.", 18, null, null);
    }
}
