package no.tiltaksradar.testing;

import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.evaluate.GoldRecord;
import no.tiltaksradar.model.MeasureKind;

/**
 * Small strategies in the layouts real ones use, each with its gold: a measure table continued
 * over a page break, run-in numbered items with field lines, noun-phrase items, enumerations that
 * are no measures, goals, and Nynorsk. Wording of our own, never the corpus'.
 */
public final class LayoutFixtures {
    /** One fixture: its layout kind, the PDF to write and what a reader should find in it. */
    public record Fixture(String kind, FixturePdf pdf, List<GoldRecord> gold) {
        public String fileName() {
            return kind + ".pdf";
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    private static final float[] TABLE = {FixturePdf.MARGIN, 280, 370, 505};

    private LayoutFixtures() {
    }

    public static List<Fixture> all() {
        return List.of(tables(), numbered(), nounPhrases(), enumerations(), goals(), nynorsk());
    }

    public static Fixture tables() {
        FixturePdf pdf = new FixturePdf().heading("3 Digital byggesak")
                .line("Kommunene behandler i dag byggesøknader i mange ulike systemer.").gap()
                .row(TABLE, true, List.of(List.of("Tiltak"), List.of("Ansvarlig"), List.of("Ansvarlig", "departement"), List.of("Frist")))
                .row(TABLE, false, List.of(List.of("Lage en felles søknadsløsning for", "byggesak som alle kommuner kan ta i", "bruk."),
                        List.of("Direktoratet for", "byggkvalitet"), List.of("Kommunal- og", "distriktsdepartementet"), List.of("2027")))
                .row(TABLE, false, List.of(List.of("Innføre digital nabovarsling i alle", "kommuner."), List.of("Kartverket"),
                        List.of("Kommunal- og", "distriktsdepartementet"), List.of("1.7.2026")))
                .page()
                .row(TABLE, false, List.of(List.of("Utrede krav til maskinlesbare", "reguleringsplaner."), List.of("–"),
                        List.of("Kommunal- og", "distriktsdepartementet"), List.of("løpende")))
                .heading("4 Oppfølging").line("Arbeidet rapporteres hvert år i årsrapporten.");
        return new Fixture("tables", pdf, gold("tables",
                measure("Lage en felles søknadsløsning for byggesak som alle kommuner kan ta i bruk.", 1),
                measure("Innføre digital nabovarsling i alle kommuner.", 1),
                measure("Utrede krav til maskinlesbare reguleringsplaner.", 2)));
    }

    public static Fixture numbered() {
        FixturePdf pdf = new FixturePdf().heading("2 Datadeling i helsesektoren")
                .line("Helsesektoren har mange registre som i dag deles manuelt.").gap()
                .bold("Tiltak")
                .line("Tiltak 1  Helsedirektoratet skal lage en veileder for deling av")
                .line("registerdata innen 2026.")
                .line("Ansvar: Helsedirektoratet Frist: 2026").gap()
                .line("Tiltak 2  Opprette en felles tjeneste for innsyn i egne helsedata.")
                .line("Ansvar: Norsk helsenett Frist: 31.12.2027").gap()
                .line("3  Etablere et nasjonalt kontaktpunkt for registerforvaltere.").gap()
                .heading("3 Oppfølging")
                .line("T3.1  Kartlegge hvilke registre som mangler maskinlesbare grensesnitt.")
                .line("T3.2  Foreslå en felles modell for tilgangsstyring.");
        return new Fixture("numbered", pdf, gold("numbered",
                measure("Helsedirektoratet skal lage en veileder for deling av registerdata innen 2026.", 1),
                measure("Opprette en felles tjeneste for innsyn i egne helsedata.", 1),
                measure("Etablere et nasjonalt kontaktpunkt for registerforvaltere.", 1),
                measure("Kartlegge hvilke registre som mangler maskinlesbare grensesnitt.", 1),
                measure("Foreslå en felles modell for tilgangsstyring.", 1)));
    }

    public static Fixture nounPhrases() {
        FixturePdf pdf = new FixturePdf().heading("2 Universell utforming")
                .line("Regjeringen vil:")
                .line("• Universell utforming av alle nye digitale tjenester")
                .line("• Etablere et nettverk for tilgjengelighet i staten")
                .line("• Bedre opplæring av innholdsprodusenter i kommunene").gap()
                .bold("Tiltak")
                .line("• Felles krav til tilgjengelighet i offentlige anskaffelser")
                .line("• Jevnlige tilsyn med kommunale nettsteder");
        return new Fixture("noun-phrases", pdf, gold("noun-phrases",
                measure("Universell utforming av alle nye digitale tjenester", 1),
                measure("Etablere et nettverk for tilgjengelighet i staten", 1),
                measure("Bedre opplæring av innholdsprodusenter i kommunene", 1),
                measure("Felles krav til tilgjengelighet i offentlige anskaffelser", 1),
                measure("Jevnlige tilsyn med kommunale nettsteder", 1)));
    }

    public static Fixture enumerations() {
        FixturePdf pdf = new FixturePdf().heading("1 Om planen")
                .line("Planen omhandler disse temaene:")
                .line("• datadeling og åpne data").line("• informasjonssikkerhet").line("• digital kompetanse").gap()
                .line("Planen skal omfatte:")
                .line("• digitale fellesløsninger").line("• kompetanse i kommunene").gap()
                .line("I arbeidet har vi spurt kommunene:")
                .line("• hvordan de deler data med staten").line("• hvilke fellesløsninger de bruker").gap()
                .line("Sentrale aktører er:")
                .line("• Statistisk sentralbyrå").line("• kommunene og fylkeskommunene").gap()
                .line("Innsatsområdene i planen er:")
                .line("• Sikker drift").line("• Bedre brukerreiser").gap()
                .line("Planen bygger på disse dokumentene:")
                .line("• Nasjonal strategi for datadeling").line("• Lov om offentlige anskaffelser").gap()
                .line("Statistisk sentralbyrå skal publisere en ny statistikk over datadeling innen 2026.");
        return new Fixture("enumerations", pdf, gold("enumerations",
                measure("Statistisk sentralbyrå skal publisere en ny statistikk over datadeling innen 2026.", 1)));
    }

    public static Fixture goals() {
        FixturePdf pdf = new FixturePdf().heading("1 Visjon og mål")
                .line("Visjonen er at innbyggerne skal møte én sammenhengende offentlig sektor.").gap()
                .bold("Hovedmål")
                .line(69, true, "Alle kommuner skal ha trygge og stabile digitale tjenester.").gap()
                .bold("Delmål")
                .line("• Innbyggerne skal oppleve tjenestene som enkle å bruke.")
                .line("• Data skal deles på tvers av forvaltningsnivåene.")
                .line("• Kommunene skal være godt rustet mot digitale angrep.").gap()
                .heading("2 Tiltak for å nå målene")
                .line("Digitaliseringsdirektoratet skal etablere en felles veileder for risikovurdering innen 2026.");
        return new Fixture("goals", pdf, gold("goals",
                goal("Visjonen er at innbyggerne skal møte én sammenhengende offentlig sektor.", 1),
                goal("Alle kommuner skal ha trygge og stabile digitale tjenester.", 1),
                goal("Innbyggerne skal oppleve tjenestene som enkle å bruke.", 1),
                goal("Data skal deles på tvers av forvaltningsnivåene.", 1),
                goal("Kommunene skal være godt rustet mot digitale angrep.", 1),
                measure("Digitaliseringsdirektoratet skal etablere en felles veileder for risikovurdering innen 2026.", 1)));
    }

    public static Fixture nynorsk() {
        FixturePdf pdf = new FixturePdf().heading("2 Digitale tenester i kommunane")
                .line("Kommunane skal vere gode på digitale tenester.").gap()
                .line("Regjeringa vil:")
                .line("• greie ut ei felles løysing for innbyggjarvarsling")
                .line("• vidareutvikle rettleiinga for tenestedesign").gap()
                .line("Det skal utarbeidast ei ny rettleiing for deling av data innan 2027.").gap()
                .line("Direktoratet for forvaltning og økonomistyring skal lage ein felles modell for gevinstar.").gap()
                .bold("Tiltak")
                .line("Tiltak 1  Kommunane skal ta i bruk felles løysingar for arkiv innan 2028.")
                .line("Ansvar: kommunane Frist: 2028").gap()
                .bold("Mål")
                .line("• Alle verksemder skal ha oversikt over eigne data.");
        return new Fixture("nynorsk", pdf, gold("nynorsk",
                goal("Kommunane skal vere gode på digitale tenester.", 1),
                measure("greie ut ei felles løysing for innbyggjarvarsling", 1),
                measure("vidareutvikle rettleiinga for tenestedesign", 1),
                measure("Det skal utarbeidast ei ny rettleiing for deling av data innan 2027.", 1),
                measure("Direktoratet for forvaltning og økonomistyring skal lage ein felles modell for gevinstar.", 1),
                measure("Kommunane skal ta i bruk felles løysingar for arkiv innan 2028.", 1),
                goal("Alle verksemder skal ha oversikt over eigne data.", 1)));
    }

    private record Expected(MeasureKind kind, String quote, int page) {
    }

    private static Expected measure(String quote, int page) {
        return new Expected(MeasureKind.MEASURE, quote, page);
    }

    private static Expected goal(String quote, int page) {
        return new Expected(MeasureKind.GOAL, quote, page);
    }

    private static List<GoldRecord> gold(String kind, Expected... expected) {
        List<GoldRecord> records = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            records.add(new GoldRecord(kind + "-" + (i + 1), expected[i].kind(), expected[i].quote(), "", expected[i].page(),
                    kind + ".pdf", null));
        }
        return records;
    }
}
