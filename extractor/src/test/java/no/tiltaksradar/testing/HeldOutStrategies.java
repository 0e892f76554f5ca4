package no.tiltaksradar.testing;

import java.util.List;
import no.tiltaksradar.model.MeasureKind;

/**
 * A held-out test set: four multi-page strategies in layouts the development corpus does not show
 * together, written for this purpose (invented domains, wording of our own, never the corpus'),
 * each with its gold. They were written and first measured before any rule was changed for them,
 * so they stand in for the unseen strategies CI scores. Mixed as real strategies mix them:
 * <ul>
 *   <li>{@link #nynorskActionPlan()}: Nynorsk, cover page, roman-numbered front matter with a table
 *   of contents, "Hovudmål"/"Delmål" boxes, "Regjeringa vil:" lists, a table without ruling lines
 *   ("Aktivitet | Ansvarleg | Tidsramme") broken over a page, non-measure enumerations;</li>
 *   <li>{@link #twoColumnStrategy()}: Bokmål national strategy in two columns behind a cover and a
 *   foreword, printed page numbers offset from the physical ones, goals in boxes, prose measures,
 *   topics, questions and actors after lead-ins;</li>
 *   <li>{@link #municipalPlan()}: a municipal plan with "Tiltak N" items and "Ansvar:"/"Frist:"
 *   lines, a ruled "Hva | Hvem | Når" table with noun-phrase rows;</li>
 *   <li>{@link #codedActionPlan()}: coded items ("T1.2"), a "Regjeringen vil: | Ansvar" table and a
 *   "Tiltak | Ansvarlig | Ansvarlig departement | Frist" table over a page break.</li>
 * </ul>
 * A second round, written after the first round's fixes and measured before any fix for it:
 * <ul>
 *   <li>{@link #nynorskTwoColumnStrategy()}: Nynorsk in two columns, a "Visjon" box, "Hovudmål" as a
 *   heading over prose goals ("skal vere"), prose measures ("Regjeringa vil greie ut", "Det skal
 *   etablerast"), a "Tiltak" caption over noun-phrase items, documents, questions and actors listed;</li>
 *   <li>{@link #plainNumberedPlan()}: items numbered "1", "2" with field lines, a table whose header
 *   is not repeated after the page break, goals in prose under a "Mål" heading, a question.</li>
 * </ul>
 * A third round, written after the second round's fixes and measured before any fix for it:
 * <ul>
 *   <li>{@link #nynorskCountyPlan()}: Nynorsk in two columns, run-in goals ("Mål 1", "Delmål 2.1"),
 *   lead-ins with a modal that introduce target groups and effects, not measures ("Vi vil særleg
 *   leggje vekt på:", "Tiltaka skal mellom anna bidra til:"), questions ending in "?", an
 *   "Ansvarleg departement" column in a narrow table, "Fylkeskommunen vil:";</li>
 *   <li>{@link #actionListsOverPages()}: a "Regjeringen vil derfor:" list whose item runs over a page
 *   break, a "Visjon" caption, target groups and priority areas after lead-ins, questions under a
 *   heading.</li>
 * </ul>
 * A fourth round, written after the third round's fixes and measured before any fix for it:
 * <ul>
 *   <li>{@link #columnsRunningOn()}: a measure sentence broken from the left to the right column,
 *   a modal in a relative clause, a potential ("vil kunne gi"), s-passive measures, a ruled
 *   "Tiltak | Ansvar | Status" table;</li>
 *   <li>{@link #numberedActivityTable()}: Nynorsk, inline labels ("Visjon: ...", "Mål: ..."), a table
 *   whose first column is a code ("Nr. | Aktivitet | Ansvarleg | Frist"), an -ast passive measure.</li>
 * </ul>
 * A fifth round, written after the fourth round's fixes and measured before any fix for it:
 * {@link #goalListsAndWe()}, a Nynorsk municipal plan whose lead-ins name their items by a goal or
 * measure noun ("Planen har desse fire måla:", "Planen inneheld desse tiltaka:"), measures in the
 * first person plural ("Vi skal innføre ..."), a cost table ("Tiltak | Kostnad | Finansiering").
 */
public final class HeldOutStrategies {
    private static final MeasureKind M = MeasureKind.MEASURE;

    private HeldOutStrategies() {
    }

    public static List<LayoutFixtures.Fixture> all() {
        return List.of(nynorskActionPlan(), twoColumnStrategy(), municipalPlan(), codedActionPlan(), nynorskTwoColumnStrategy(),
                plainNumberedPlan(), nynorskCountyPlan(), actionListsOverPages(), columnsRunningOn(), numberedActivityTable(),
                goalListsAndWe());
    }

    public static LayoutFixtures.Fixture nynorskActionPlan() {
        String header = "Handlingsplan for digital tryggleik i vassforsyninga";
        StrategyWriter w = new StrategyWriter("heldout-nynorsk-action-plan");
        w.pdf().cover("Handlingsplan for digital", "tryggleik i vassforsyninga", "2027–2030");
        w.page(null, "iii").heading("Innhald");
        w.pdf().line("1 Innleiing ........................................................... 1")
                .line("2 Mål for arbeidet ................................................. 1")
                .line("3 Tiltak ................................................................ 2")
                .line("Tiltak i sektoren ................................................... 2")
                .line("4 Oppfølging og rapportering .................................. 3");
        w.page(null, "iv").heading("Føreord")
                .para("Vassforsyninga er ein av dei mest kritiske samfunnsfunksjonane vi har.",
                        "Dei siste åra har fleire vassverk opplevd dataangrep og driftsstans.",
                        "Med denne planen samlar vi innsatsen på tvers av sektorane.");
        w.page(header, "1").heading("1 Innleiing")
                .para("I dag driv om lag 1 500 vassverk verksemd i Noreg, og dei fleste av dei er små.",
                        "Mange av dei har avgrensa kompetanse på digital tryggleik.")
                .para("Planen skal omfatte:")
                .bullets("styringssystem for informasjonstryggleik", "fjernstyring av anlegg", "samarbeid med leverandørar")
                .para("I arbeidet med planen spurde vi vassverka:")
                .bullets("korleis dei handterer hendingar utanfor arbeidstid", "kva for leverandørar som har fjerntilgang til anlegga")
                .heading("2 Mål for arbeidet")
                .para("G|Visjonen vår er trygt drikkevatn kvar dag, også når dei digitale systema sviktar.")
                .box("Hovudmål", false, "G|Alle vassverk skal vere i stand til å levere vatn under eit dataangrep.")
                .box("Delmål", true, "G|Vassverka skal ha oversikt over eigne digitale system.",
                        "G|Kommunane skal kjenne risikoen i sitt eige vassverk.",
                        "G|Alvorlege hendingar skal vere varsla innan eitt døgn.");
        w.page(header, "2").heading("3 Tiltak")
                .para("Tiltaka er ordna i to innsatsområde.")
                .caption("Regjeringa vil:")
                .bullets("M|etablere eit nasjonalt kompetansenettverk for digital tryggleik i vassverk",
                        "M|gi Mattilsynet i oppdrag å lage ein rettleiar for risikovurdering av styringssystem",
                        "M|vurdere å innføre krav om årlege øvingar for større vassverk")
                .para("M|Det skal utarbeidast ein mal for beredskapsplanar som også dekkjer digitale hendingar innan utgangen av 2027.",
                        "Norsk Vatn har over fleire år arbeidd med rettleiing for bransjen.")
                .heading("Tiltak i sektoren")
                .table(new float[] {0, 270, 400}, "Aktivitet", "Ansvarleg", "Tidsramme")
                .row(M, 0, "Kartleggje fjerntilgangar til styringssystema i alle vassverk", "Mattilsynet", "2027")
                .row(M, 0, "Utvikle eit felles opplegg for øvingar med kommunane og leverandørane",
                        "Direktoratet for samfunnstryggleik og beredskap", "2028");
        w.page(header, "3")
                .table(new float[] {0, 270, 400}, "Aktivitet", "Ansvarleg", "Tidsramme")
                .row(M, 0, "Innføre varslingsrutinar for hendingar hos leverandørar", "Vassverka", "2027–2028")
                .row(M, 0, "Gjennomføre ei evaluering av planen", "Landbruks- og matdepartementet", "2030")
                .gap()
                .heading("4 Oppfølging og rapportering")
                .para("M|Mattilsynet skal rapportere årleg om status for tiltaka i planen.")
                .para("Aktørar som deltek i oppfølginga er:")
                .bullets("Mattilsynet", "Direktoratet for samfunnstryggleik og beredskap", "Norsk Vatn og kommunane")
                .para("Kven har ansvaret når eit lite vassverk blir råka av eit angrep?",
                        "Dette spørsmålet vil bli drøfta vidare i samarbeid med bransjen.");
        return w.fixture();
    }

    public static LayoutFixtures.Fixture twoColumnStrategy() {
        String header = "Nasjonal strategi for digital kulturarv";
        StrategyWriter w = new StrategyWriter("heldout-two-column-strategy");
        w.pdf().cover("Nasjonal strategi for", "digital kulturarv", "2027–2032");
        w.page(null, null).heading("Forord")
                .para("Kulturarven forteller hvem vi er.", "Samlingene i museer, arkiver og bibliotek er en felles ressurs.",
                        "Digitalisering kan gi nye muligheter for forskning, undervisning og formidling.");
        w.page(header, "1");
        w.pdf().twoColumns();
        w.heading("1 Visjon og mål")
                .para("G|Visjonen er at kulturarven skal være tilgjengelig for alle, uansett hvor de bor.")
                .box("Mål", true, "G|Innen 2032 skal halvparten av samlingene i museene være digitalisert.",
                        "G|Brukerne skal finne kulturarv fra alle sektorer gjennom én inngang.")
                .para("I dag er bare en liten del av samlingene digitalisert, og mange av databasene er utdaterte.",
                        "Digitalisering kan bidra til at flere får glede av samlingene.");
        w.pdf().nextColumn();
        w.heading("2 Felles infrastruktur")
                .para("Museene bruker i dag flere ulike systemer for samlingsforvaltning.",
                        "M|Regjeringen vil etablere en nasjonal plattform for langtidslagring av digitaliserte samlinger.",
                        "M|Arkivverket skal utvikle felles standarder for metadata i samarbeid med Nasjonalbiblioteket innen 2028.")
                .para("Strategien omfatter:")
                .bullets("museer og samlinger", "arkiver i kommunal sektor", "immateriell kulturarv");
        w.page(header, "2");
        w.heading("3 Kompetanse og tilgang")
                .para("Mange små museer har ikke egne ansatte med digital kompetanse.",
                        "M|Departementet skal gi Kulturrådet i oppdrag å lage et program for digital formidling i små museer.")
                .para("Vi har spurt museene om:")
                .bullets("hvordan de prioriterer mellom digitalisering og formidling", "hvilke lisenser de bruker for bilder")
                .caption("Regjeringen vil:")
                .bullets("M|styrke tilskuddsordningen for digitalisering av private arkiver",
                        "M|gjennomgå regelverket for bruk av bilder med ukjent opphav",
                        "M|sørge for at flere samlinger publiseres med åpne lisenser");
        w.pdf().nextColumn();
        w.heading("4 Samarbeid")
                .para("Følgende aktører har deltatt i arbeidet:")
                .bullets("Arkivverket", "Nasjonalbiblioteket", "Norges museumsforbund")
                .para("M|Det skal opprettes et nasjonalt forum for digital kulturarv som møtes to ganger i året.",
                        "Regjeringen ønsker et tettere samarbeid mellom sektorene.")
                .para("Hvordan kan lokale historielag bidra i digitaliseringen?");
        w.page(header, "3");
        w.heading("5 Delmål for perioden")
                .box("Delmål", true, "G|Alle fylker skal ha et kompetansemiljø for digital kulturarv.",
                        "G|Samlingsdata skal være tilgjengelige som åpne data.");
        w.pdf().nextColumn();
        w.heading("6 Oppfølging")
                .para("M|Kultur- og likestillingsdepartementet vil legge fram en midtveisevaluering av strategien i 2029.",
                        "Evalueringen skal se på alle deler av strategien.");
        return w.fixture();
    }

    public static LayoutFixtures.Fixture municipalPlan() {
        String header = "Digitaliseringsplan for Storvika kommune 2027–2029";
        StrategyWriter w = new StrategyWriter("heldout-municipal-plan");
        w.pdf().cover("Digitaliseringsplan for", "Storvika kommune", "2027–2029");
        w.page(header, "2").heading("1 Innledning")
                .para("Storvika kommune har 14 000 innbyggere og om lag 1 100 ansatte.",
                        "Kommunestyret vedtok en digitaliseringsstrategi i 2025.",
                        "Planen skal bidra til bedre tjenester og mer effektiv drift.")
                .para("Innsatsområdene i planen er:")
                .bullets("Digitale innbyggertjenester", "Kompetanse", "Informasjonssikkerhet")
                .para("Planen er utarbeidet i samarbeid med:")
                .bullets("tillitsvalgte", "IKT-samarbeidet i regionen")
                .heading("2 Mål")
                .box("Hovedmål", false, "G|Innbyggerne i Storvika skal få digitale tjenester som er enkle og trygge å bruke.")
                .box("Delmål", true, "G|Ansatte skal ha den digitale kompetansen de trenger i jobben.",
                        "G|Kommunen skal ha en sikker og stabil IKT-drift.");
        w.page(header, "3").heading("3 Tiltak")
                .runIn("Tiltak 1", 52, "M|Innføre en digital innbyggerportal for søknader og meldinger.")
                .fields("Ansvar: Seksjon for digitalisering Frist: 2027")
                .runIn("Tiltak 2", 52, "M|Kommunen skal gjennomføre en risikovurdering av alle fagsystemer innen juni 2028.")
                .fields("Ansvar: IKT-sjefen Frist: 06.2028")
                .runIn("Tiltak 3", 52, "M|Opplæring i informasjonssikkerhet for alle ansatte")
                .fields("Ansvar: HR-avdelingen Frist: årlig")
                .heading("4 Handlingsprogram")
                .para("Tabellen viser tiltakene i handlingsprogrammet for 2027.")
                .table(new float[] {0, 290, 410}, "Hva", "Hvem", "Når").ruled()
                .row(M, 0, "Ta i bruk digital signering i byggesaker", "Plan og bygg", "2027").ruled()
                .row(M, 0, "Velferdsteknologi i hjemmetjenesten", "Helse og omsorg", "2027–2028").ruled()
                .row(M, 0, "Felles system for fakturabehandling med nabokommunene", "Økonomi", "2028").ruled()
                .gap()
                .para("Det er innført elektronisk arkiv i alle sektorer.",
                        "Kommunen har over flere år hatt et godt samarbeid med nabokommunene.");
        return w.fixture();
    }

    public static LayoutFixtures.Fixture codedActionPlan() {
        String header = "Handlingsplan for digitalisering i landbruket";
        StrategyWriter w = new StrategyWriter("heldout-coded-action-plan");
        w.pdf().cover("Handlingsplan for", "digitalisering i landbruket", "2027–2030");
        w.page(header, "1").heading("1 Data om jord og husdyr")
                .para("Bøndene rapporterer i dag de samme opplysningene til flere etater.",
                        "Det er etablert en nasjonal database for husdyr.")
                .box("Mål", false, "G|Bonden skal bare rapportere den samme opplysningen én gang.")
                .runIn("T1.1", 34, "M|Utvikle en felles innrapporteringsløsning for husdyrdata.")
                .fields("Ansvar: Mattilsynet Frist: 2028")
                .runIn("T1.2", 34, "M|Utrede deling av jordbruksdata med forsikringsselskaper.")
                .fields("Ansvar: Landbruksdirektoratet")
                .runIn("T1.3", 34, "M|Landbruksdirektoratet skal tilby åpne API-er for eiendomsdata innen 2029.")
                .gap()
                .heading("2 Kompetanse")
                .para("Mange gårdsbruk mangler tid og kunnskap til å ta i bruk nye verktøy.")
                .table(new float[] {0, 330}, "Regjeringen vil:", "Ansvar")
                .row(M, 0, "Gi landbruksrådgivingen midler til kurs i digital drift", "LMD")
                .row(M, 0, "Etablere en database over godkjente digitale verktøy for gårdsbruk", "Landbruksdirektoratet");
        w.page(header, "2").heading("3 Tiltak på tvers av områdene")
                .table(new float[] {0, 200, 330, 450}, "Tiltak", "Ansvarlig", "Ansvarlig departement", "Frist")
                .row(M, 0, "Samordne kravene til elektronisk sporing av dyr", "Mattilsynet", "Landbruks- og matdepartementet", "2028")
                .row(M, 0, "Lage en veileder for bruk av droner i skogbruket", "Norsk institutt for bioøkonomi",
                        "Landbruks- og matdepartementet", "2029");
        w.page(header, "3")
                .table(new float[] {0, 200, 330, 450}, "Tiltak", "Ansvarlig", "Ansvarlig departement", "Frist")
                .row(M, 0, "Vurdere en ordning for felles lagring av maskindata", "Landbruksdirektoratet",
                        "Landbruks- og matdepartementet", "2030")
                .gap()
                .heading("4 Høringen")
                .para("Høringsinstansene ble bedt om å svare på:")
                .bullets("hvilke data som bør deles mellom etatene", "om det trengs nye regler for eierskap til maskindata")
                .para("Flere høringsinstanser mente at bonden bør eie sine egne data.");
        return w.fixture();
    }

    public static LayoutFixtures.Fixture nynorskTwoColumnStrategy() {
        String header = "Strategi for digitalisering i kollektivtransporten";
        StrategyWriter w = new StrategyWriter("heldout-nynorsk-two-column");
        w.pdf().cover("Strategi for digitalisering", "i kollektivtransporten", "2028–2033");
        w.page(null, "i").heading("Samandrag")
                .para("Strategien handlar om korleis reisande skal få betre informasjon og enklare billettar.");
        w.page(header, "1");
        w.pdf().twoColumns();
        w.box("Visjon", false, "G|Ei reise med buss, båt og tog skal opplevast som éi samanhengande reise.");
        w.heading("1 Hovudmål")
                .para("G|Reisande skal kunne planleggje og betale heile reisa i éi løysing.")
                .para("G|Billettsystema skal vere opne for alle operatørar innan 2031.")
                .para("I dag har fylka kvar sine billettsystem, og dei snakkar i liten grad saman.",
                        "Det er oppretta eit nasjonalt register over haldeplassar.",
                        "Digitale løysingar kan bidra til at fleire vel å reise kollektivt.")
                .heading("2 Felles data")
                .para("M|Regjeringa vil greie ut ein felles standard for sanntidsdata frå alle operatørane.",
                        "Standarden skal byggje på europeiske krav.");
        w.pdf().nextColumn();
        w.para("M|Statens vegvesen skal etablere eit felles datasett for tilrettelegging på haldeplassane innan 2029.",
                        "Fylkeskommunane, som har ansvaret for lokal kollektivtrafikk, skal få tilgang til datasettet.")
                .para("M|Det skal etablerast eit nasjonalt kontaktpunkt for opne reisedata.")
                .caption("Regjeringa vil:")
                .bullets("M|lage ei ordning for felles billettering på tvers av fylka",
                        "M|gi Jernbanedirektoratet i oppdrag å samordne ruteinformasjonen for tog og buss",
                        "M|vurdere om krava til universell utforming skal gjelde for alle reiseappar")
                .para("Strategien byggjer på desse dokumenta:")
                .bullets("Nasjonal transportplan", "Lov om yrkestransport", "Den nasjonale strategien for opne data");
        w.page(header, "2");
        w.heading("3 Personvern og tryggleik")
                .para("Vi har fått innspel om:")
                .bullets("kva for reisedata som bør vere opne", "korleis ein kan sikre personvernet til dei reisande")
                .para("M|Samferdselsdepartementet vil setje ned ei arbeidsgruppe som skal vurdere personvernet i reisedata.",
                        "Arbeidsgruppa har fått mandatet sitt.");
        w.pdf().nextColumn();
        w.heading("4 Tiltak i perioden")
                .caption("Tiltak")
                .bullets("M|Betre opplæring av sjåførar i bruk av digitale billettar",
                        "M|Felles krav til tilgjengelegheit i reiseappane",
                        "M|Utprøving av automatisk billettering i to fylke")
                .para("Desse aktørane er med i arbeidet:")
                .bullets("Jernbanedirektoratet", "fylkeskommunane", "operatørane i bransjen");
        return w.fixture();
    }

    public static LayoutFixtures.Fixture plainNumberedPlan() {
        String header = "Handlingsplan for digital samhandling i barnevernet";
        StrategyWriter w = new StrategyWriter("heldout-plain-numbered-plan");
        w.pdf().cover("Handlingsplan for digital", "samhandling i barnevernet", "2027–2029");
        w.page(header, "ii").heading("Innhold");
        w.pdf().line("1 Bakgrunn ................................................................ 1")
                .line("2 Mål ........................................................................ 1")
                .line("3 Tiltak ..................................................................... 2");
        w.page(header, "1").heading("1 Bakgrunn")
                .para("Barnevernstjenestene bruker i dag ulike fagsystemer.",
                        "Meldinger fra skoler og helsestasjoner kommer ofte på papir.",
                        "Flere kommuner har tatt i bruk digitale meldingsskjema.")
                .para("Hvordan kan informasjon deles trygt mellom tjenestene?",
                        "Dette er det viktigste spørsmålet planen skal svare på.")
                .heading("2 Mål")
                .para("G|Barn og familier skal få rask og samordnet hjelp.",
                        "G|Alle barnevernstjenester skal ha et fagsystem som kan utveksle data med andre tjenester innen 2029.")
                .heading("3 Tiltak")
                .runIn("1", 18, "M|Etablere en nasjonal løsning for digitale bekymringsmeldinger.")
                .fields("Ansvar: Barne-, ungdoms- og familiedirektoratet Frist: 2027")
                .runIn("2", 18, "M|Utvikle felles krav til fagsystemer i barnevernet.")
                .fields("Ansvar: Barne-, ungdoms- og familiedirektoratet Frist: 2028")
                .runIn("3", 18, "M|Kartlegge behovet for opplæring i digital samhandling blant ansatte.")
                .fields("Ansvar: KS Frist: 2027");
        w.page(header, "2").heading("4 Tiltak i samarbeid med andre sektorer")
                .table(new float[] {0, 220, 360}, "Tiltak", "Ansvarlig", "Frist")
                .row(M, 0, "Samordne meldingsflyten mellom helsestasjon og barnevern", "Helsedirektoratet", "2028")
                .row(M, 0, "Lage en veileder for deling av opplysninger med skolen", "Utdanningsdirektoratet", "2027")
                .row(M, 0, "Utrede en felles innsynsløsning for foreldre", "Digitaliseringsdirektoratet", "2029")
                .row(M, 0, "Prøve ut videomøter i akuttberedskapen", "Bufdir", "2027");
        w.page(header, "3")
                .continueTable(new float[] {0, 220, 360})
                .row(M, 0, "Etablere et nettverk for informasjonssikkerhet i barnevernstjenestene", "KS", "2028")
                .row(M, 0, "Evaluere handlingsplanen", "Barne- og familiedepartementet", "2029")
                .gap()
                .heading("5 Gjennomføring")
                .para("Planen gjelder for perioden 2027–2029.",
                        "M|Bufdir skal rapportere om framdriften i tiltakene til departementet hvert år.",
                        "Rapportene vil bli publisert på direktoratets nettsider.");
        return w.fixture();
    }

    public static LayoutFixtures.Fixture nynorskCountyPlan() {
        String header = "Handlingsprogram for digital kompetanse i Fjordland fylkeskommune";
        StrategyWriter w = new StrategyWriter("heldout-nynorsk-county-plan");
        w.pdf().cover("Handlingsprogram for", "digital kompetanse", "Fjordland fylkeskommune 2028–2031");
        w.page(header, "1");
        w.pdf().twoColumns();
        w.heading("1 Innleiing")
                .para("Fylkeskommunen har ansvar for vidaregåande opplæring og kollektivtrafikk i fylket.",
                        "Mange vaksne manglar grunnleggjande digitale ferdigheiter.")
                .para("Vi vil særleg leggje vekt på:")
                .bullets("vaksne utan fullført vidaregåande opplæring", "tilsette i små kommunar", "eldre innbyggjarar")
                .para("Tiltaka skal mellom anna bidra til:")
                .bullets("fleire vaksne i arbeid", "betre bruk av offentlege tenester")
                .runIn("Mål 1", 34, "G|Alle innbyggjarar i fylket skal ha tilbod om opplæring i digitale ferdigheiter.")
                .gap()
                .runIn("Mål 2", 34, "G|Dei vidaregåande skulane skal vere leiande i bruk av digitale læremiddel.")
                .gap();
        w.pdf().nextColumn();
        w.heading("2 Innsatsområde")
                .para("Fylkestinget vedtok i 2027 ein regional plan for kompetanse.",
                        "M|Fylkeskommunen skal etablere eit regionalt senter for digital kompetanse i samarbeid med kommunane innan 2029.")
                .para("M|Det skal greiast ut korleis biblioteka kan tilby rettleiing i digitale tenester.",
                        "Biblioteka er i dag opne seks dagar i veka.")
                .para("Spørsmål vi vil drøfte med kommunane:")
                .bullets("Kva for grupper treng mest hjelp?", "Korleis kan frivillige organisasjonar bidra?")
                .caption("Fylkeskommunen vil:")
                .bullets("M|tilby gratis kurs i digitale ferdigheiter for vaksne på alle vidaregåande skular",
                        "M|samordne opplæringstilboda til kommunane i fylket");
        w.page(header, "2");
        w.pdf().oneColumn(); // a table of three columns spans the page: in one text column its names would overrun their cells
        w.heading("3 Tiltak")
                .table(new float[] {0, 250, 370}, "Tiltak", "Ansvarleg", "Ansvarleg departement")
                .row(M, 0, "Lage ein digital kursportal for vaksne", "Fylkeskommunen", "Kunnskapsdepartementet")
                .row(M, 0, "Kartleggje digitale ferdigheiter blant tilsette", "Kommunane", "Kommunal- og distriktsdepartementet")
                .row(M, 0, "Prøve ut digitale mentorar i biblioteka", "Biblioteka", "Kultur- og likestillingsdepartementet")
                .gap();
        w.heading("4 Delmål")
                .runIn("Delmål 2.1", 56, "G|Talet på vaksne som ikkje brukar digitale tenester, skal vere halvert innan 2031.")
                .gap()
                .runIn("Delmål 2.2", 56, "G|Alle skular skal ha ein plan for digital kompetanse hos lærarane.")
                .gap()
                .heading("5 Gjennomføring")
                .para("M|Fylkesdirektøren vil leggje fram ein årleg rapport om framdrifta for fylkestinget.",
                        "Rapporten skal vere kort og lett å lese.");
        return w.fixture();
    }

    public static LayoutFixtures.Fixture actionListsOverPages() {
        String header = "Handlingsplan mot digitalt utenforskap";
        StrategyWriter w = new StrategyWriter("heldout-lists-over-pages");
        w.pdf().cover("Handlingsplan mot", "digitalt utenforskap", "2028–2030");
        w.page(header, "3").heading("1 Visjon og innretning");
        w.pdf().bold("Visjon");
        w.para("G|Alle skal kunne delta i et digitalt samfunn.")
                .para("Målgruppene for tiltakene er:")
                .bullets("eldre som ikke bruker internett", "personer med nedsatt funksjonsevne", "innvandrere med kort botid")
                .para("Departementet vil særlig prioritere disse områdene:")
                .bullets("grunnleggende ferdigheter", "trygg bruk av nettbank", "tilgang til utstyr")
                .heading("2 Tiltak")
                .para("Regjeringen har lagt fram flere meldinger om digital kompetanse de siste årene.")
                .caption("Regjeringen vil derfor:")
                .bullet("M|etablere en nasjonal veiledningstjeneste på telefon for innbyggere som trenger hjelp med digitale tjenester")
                .bullet("M|gi Kompetanse Norge i oppdrag å utvikle et opplæringsprogram for frivillige")
                .bulletOverPage(M, "utvide ordningen med digitale ambassadører i kommunene, slik at flere eldre får hjelp der de bor, og sørge for at",
                        "ordningen også når ut til personer som ikke snakker norsk", header, "4")
                .bullet("M|vurdere å innføre en rett til analog kontakt med offentlige virksomheter")
                .gap()
                .para("M|Det skal gjennomføres en undersøkelse av digitale ferdigheter i befolkningen hvert tredje år.",
                        "Den forrige undersøkelsen viste at om lag 600 000 personer har svake ferdigheter.")
                .para("M|Digitaliseringsdirektoratet skal lage en veileder for klart språk i digitale tjenester innen 2029.")
                .heading("3 Spørsmål til drøfting")
                .bullets("Bør kommunene få plikt til å tilby veiledning?", "Hvem skal finansiere utstyr til dem som mangler det?")
                .para("Flere aktører har pekt på at bibliotekene kan spille en viktig rolle.");
        return w.fixture();
    }

    public static LayoutFixtures.Fixture columnsRunningOn() {
        String header = "Strategi for digital beredskap i helsesektoren";
        StrategyWriter w = new StrategyWriter("heldout-columns-running-on");
        w.pdf().cover("Strategi for digital", "beredskap i helsesektoren", "2028–2032");
        w.page(header, "1");
        w.pdf().twoColumns();
        w.heading("1 Utgangspunkt")
                .para("Sykehusene er avhengige av at journalsystemene virker hele døgnet.",
                        "Et lengre avbrudd kan få alvorlige følger for pasientene.",
                        "Bedre data vil kunne gi raskere gjenoppretting etter hendelser.")
                .para("Sykehusene, som skal levere forsvarlige tjenester også under kriser, har selv ansvaret for egne systemer.")
                .caption("Mål")
                .para("G|Alle helseforetak skal kunne drive videre i minst ett døgn uten tilgang til sine fagsystemer.")
                .heading("2 Tiltak for bedre beredskap")
                .para("Mange helseforetak har gamle reserveløsninger som sjelden blir testet.");
        // a measure sentence that starts at the foot of the left column and ends at the top of the right one
        String first = "Helsedirektoratet skal innen utgangen av 2029 lage en nasjonal";
        String rest = "øvingsplan for langvarige avbrudd i kritiske IKT-systemer.";
        w.measureOverColumn(first, rest);
        w.para("Planen skal omfatte både sykehus og kommunale tjenester.")
                .para("M|Norsk helsenett skal etablere en reserveløsning for utveksling av resepter.",
                        "M|Ordningen med regionale beredskapsteam skal evalueres innen 2030.");
        w.page(header, "2");
        w.pdf().oneColumn(); // the status table spans the page below the two columns of running text
        w.heading("3 Status for tiltakene")
                .table(new float[] {0, 250, 380}, "Tiltak", "Ansvar", "Status").ruled()
                .row(M, 0, "Teste reservestrøm på alle sykehus", "Helseforetakene", "Pågår").ruled()
                .row(M, 0, "Oppdatere veilederen for IKT-beredskap", "Helsedirektoratet", "Ikke startet").ruled()
                .row(M, 0, "Kartlegge avhengigheter til skytjenester", "Norsk helsenett", "Pågår").ruled();
        return w.fixture();
    }

    public static LayoutFixtures.Fixture numberedActivityTable() {
        String header = "Tiltaksplan for digital skule i Nordvik kommune";
        StrategyWriter w = new StrategyWriter("heldout-numbered-activity-table");
        w.pdf().cover("Tiltaksplan for digital skule", "Nordvik kommune", "2028–2030");
        w.page(header, "ii").heading("Føreord")
                .para("Skulane i Nordvik har teke i bruk nettbrett i alle klassar.",
                        "Denne planen viser korleis vi skal følgje opp arbeidet.");
        w.page(header, "1").heading("1 Retning for arbeidet");
        w.pdf().line(w.pdf().left(), false, "Visjon: Alle elevar skal meistre digitale verktøy når dei går ut av ungdomsskulen.");
        w.markGoal("Alle elevar skal meistre digitale verktøy når dei går ut av ungdomsskulen.");
        w.gap();
        w.pdf().line(w.pdf().left(), false, "Mål: Lærarane skal ha god digital kompetanse.");
        w.markGoal("Lærarane skal ha god digital kompetanse.");
        w.gap()
                .para("Kommunen har i dag tre skular og om lag 900 elevar.",
                        "M|Kommunestyret vil setje av midlar til ei ny læringsplattform i 2029.")
                .heading("2 Aktivitetar")
                .table(new float[] {0, 40, 290, 400}, "Nr.", "Aktivitet", "Ansvarleg", "Frist")
                .row(M, 1, "A1", "Innføre felles innlogging for elevar og lærarar", "IKT-tenesta", "2028")
                .row(M, 1, "A2", "Etablere eit nettverk for lærarar som rettleier kollegaer", "Skulefagleg rådgjevar", "2029")
                .row(M, 1, "A3", "Revidere reglane for bruk av mobiltelefon", "Rektorane", "2028")
                .gap()
                .para("Foreldra har gjeve innspel om:")
                .bullets("skjermtid i fritida", "personvern i læringsappar")
                .para("M|Ordninga med digitale lærebøker skal evaluerast innan 2030.",
                        "Evalueringa vil bli lagd fram for kommunestyret.");
        return w.fixture();
    }

    public static LayoutFixtures.Fixture goalListsAndWe() {
        String header = "Digitaliseringsplan for Lindvik kommune";
        StrategyWriter w = new StrategyWriter("heldout-goal-lists-and-we");
        w.pdf().cover("Digitaliseringsplan", "for Lindvik kommune", "2029–2032");
        w.page(header, "1").heading("1 Kva planen skal oppnå")
                .para("Lindvik er ein kommune med spreidd busetnad og lange avstandar.",
                        "Vi har dei siste åra innført fleire digitale skjema.")
                .para("Planen har desse fire måla:")
                .bullets("G|Enklare kvardag for innbyggjarane", "G|Trygg og stabil drift av alle system",
                        "G|Betre samhandling med næringslivet", "G|Kompetente og trygge tilsette")
                .heading("2 Korleis vi skal arbeide")
                .para("M|Vi skal innføre digital signering i alle einingar innan 2028.",
                        "M|Vi vil kartleggje kva for tenester som kan automatiserast.")
                .para("Planen inneheld desse tiltaka:")
                .bullets("M|Felles sakshandsamingssystem for heile kommunen", "M|Digital innbyggjardialog i plansaker",
                        "M|Opplæringsprogram for leiarar");
        w.page(header, "2").heading("3 Økonomi")
                .table(new float[] {0, 260, 370}, "Tiltak", "Kostnad (mill. kr)", "Finansiering")
                .row(M, 0, "Byte ut det gamle økonomisystemet", "4,5", "Investeringsbudsjettet")
                .row(M, 0, "Kjøpe inn nettbrett til heimetenesta", "1,2", "Statleg tilskot")
                .gap()
                .para("Kostnadene er rekna i 2028-kroner.",
                        "Det er knytt stor uvisse til prisane på lisensar.");
        return w.fixture();
    }
}
