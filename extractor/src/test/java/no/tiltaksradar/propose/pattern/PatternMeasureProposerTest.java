package no.tiltaksradar.propose.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.testing.Documents;
import org.junit.jupiter.api.Test;

/** Behaviour on small hand-made strategies, in wording of our own, not the corpus'. */
class PatternMeasureProposerTest {
    private final PatternMeasureProposer proposer = new PatternMeasureProposer();

    private List<CandidateMeasure> propose(List<List<String>> pages) {
        SourceDocument document = Documents.of("strategi.pdf", pages);
        return proposer.propose(document, List.of()).candidates();
    }

    @Test
    void itemsUnderATiltakHeadingAreMeasuresAndUnderDelmalGoals() {
        List<CandidateMeasure> found = propose(List.of(List.of("# Datadeling", "# Delmål",
                "1. Etatene skal ha god oversikt over egne data.",
                "# Tiltak",
                "i. Kartverket skal etablere en felles adresseløsning innen 1.3.2026.",
                "ii. Gjennomføre en behovsanalyse for nye tjenester.")));
        assertThat(found).extracting(CandidateMeasure::kind)
                .containsExactly(MeasureKind.GOAL, MeasureKind.MEASURE, MeasureKind.MEASURE);
        CandidateMeasure first = found.get(1);
        assertThat(first.quote()).isEqualTo("Kartverket skal etablere en felles adresseløsning innen 1.3.2026.");
        assertThat(first.fields().deadline()).isEqualTo("2026-03-01");
        assertThat(first.fields().responsible()).containsExactly("Kartverket");
        assertThat(first.fields().ministry()).isEqualTo("Kommunal- og distriktsdepartementet");
        assertThat(first.location().section()).as("a box caption is no section").isEqualTo("Datadeling");
    }

    @Test
    void aLeadInLikeRegjeringenVilMakesTheFollowingItemsMeasures() {
        List<CandidateMeasure> found = propose(List.of(List.of("Regjeringen vil:",
                "• styrke samarbeidet mellom kommunene om felles løsninger",
                "• utrede en ny modell for finansiering av fellesløsninger")));
        assertThat(found).hasSize(2).allSatisfy(c -> assertThat(c.kind()).isEqualTo(MeasureKind.MEASURE));
    }

    @Test
    void aSentenceWhereAnActorCommitsToAnActionIsAMeasure() {
        List<CandidateMeasure> found = propose(List.of(List.of(
                "Bakgrunnen er kjent. Statens vegvesen skal utvikle en ny løsning for trafikkdata innen 2027.")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MeasureKind.MEASURE);
            assertThat(c.quote()).startsWith("Statens vegvesen skal utvikle");
            assertThat(c.fields().deadline()).isEqualTo("2027");
        });
    }

    @Test
    void statesPotentialsAndDescriptionsAreNotMeasures() {
        List<CandidateMeasure> found = propose(List.of(List.of(
                "Tjenestene skal være enkle å bruke for alle.",
                "Digitalisering kan bidra til store gevinster i sektoren.",
                "Det er etablert en felles datakatalog for sektoren.",
                "Direktoratet har levert en oversikt over prosjektene.")));
        assertThat(found).noneSatisfy(c -> assertThat(c.kind()).isEqualTo(MeasureKind.MEASURE));
        assertThat(found).anySatisfy(c -> assertThat(c.kind()).isEqualTo(MeasureKind.GOAL));
    }

    @Test
    void aThingIsNoActor() {
        assertThat(propose(List.of(List.of("Portalen skal integreres med andre løsninger.",
                "Strategien skal tydeliggjøre retningen.")))).isEmpty();
    }

    @Test
    void quotedCommitmentsFromOtherDocumentsAreNotThisDocumentsMeasures() {
        assertThat(propose(List.of(List.of("«Regjeringen vil etablere et nytt program for digitalisering.»")))).isEmpty();
    }

    @Test
    void letteredSubItemsBecomeMeasuresWithTheirParent() {
        List<CandidateMeasure> found = propose(List.of(List.of("# Tiltak",
                "i. Direktoratet skal lage en policy for data innen 1.6.2026. a. Policyen skal bygge på FAIR-prinsippene. b. Alle etatene skal delta i arbeidet.")));
        assertThat(found).hasSize(3);
        assertThat(found.get(0).quote()).isEqualTo("Direktoratet skal lage en policy for data innen 1.6.2026.");
        assertThat(found.get(1).fields().parent()).isEqualTo(found.get(0).id());
        assertThat(found.get(2).quote()).isEqualTo("Alle etatene skal delta i arbeidet.");
    }

    @Test
    void everyQuoteIsCutFromItsPageWithExactOffsets() {
        SourceDocument document = Documents.of("strategi.pdf", List.of(
                List.of("~ Topptekst", "# Tiltak", "i. Kartverket skal etablere en felles", "adresseløsning for hele landet."),
                List.of("~ Topptekst", "Miljødirektoratet skal gjennomføre en evaluering innen 2026.")));
        for (CandidateMeasure candidate : proposer.propose(document, List.of()).candidates()) {
            String span = document.text().substring(candidate.charStart(), candidate.charEnd());
            assertThat(span.replaceAll("\\s+", " ")).isEqualTo(candidate.quote());
            assertThat(document.page(candidate.page()).text().replaceAll("\\s+", " ")).contains(candidate.quote());
            assertThat(candidate.provenance().proposer()).isEqualTo("pattern/1");
            assertThat(candidate.documentSha256()).isEqualTo(document.sha256());
        }
    }

    @Test
    void technologyAndPurposeAreTaggedFromTheVocabularies() {
        CandidateMeasure found = propose(List.of(List.of("# Tiltak",
                "• Etatene skal ta i bruk kunstig intelligens og skytjenester for å effektivisere saksbehandlingen."))).get(0);
        assertThat(found.fields().technology()).contains("KI", "sky");
        assertThat(found.fields().purpose()).contains("effektivisering");
    }

    @Test
    void summariesAndBackgroundRestateAndAreSkipped() {
        assertThat(propose(List.of(List.of("# 1. Sammendrag", "Direktoratet bør utvikle en felles katalog for data.",
                "# 2. Bakgrunn", "Departementet skal utrede saken videre.")))).isEmpty();
    }

    @Test
    void aSectionNamedAfterAnotherPolicyDocumentIsCitedNotCommitted() {
        assertThat(propose(List.of(List.of("# Nasjonal plan for vann og avløp",
                "Meld. St. 9 (2030–2031) Nasjonal plan for vann og avløp ble lagt fram i mai.",
                "Kommunene skal etablere et felles register over ledningsnett.")))).isEmpty();
        assertThat(propose(List.of(List.of("# Nasjonal plan for vann og avløp",
                "Kommunene skal etablere et felles register over ledningsnett.")))).as("no citation, no document").hasSize(1);
    }

    @Test
    void anItemThatOnlyReportsWhatWasDoneIsNoMeasureEvenUnderTiltak() {
        List<CandidateMeasure> found = propose(List.of(List.of("# Tiltak", "• Kartverket har levert en oversikt over prosjektene.",
                "• Kartverket har laget en løsning som trenger videre utvikling.")));
        assertThat(found).singleElement().satisfies(c -> assertThat(c.quote()).contains("trenger videre utvikling"));
    }

    @Test
    void anExhortationToAWholeSectorIsNoMeasureButANamedBodysCommitmentIs() {
        List<CandidateMeasure> found = propose(List.of(List.of(
                "Kommunal sektor bør koordinere arbeidet med informasjonssikkerhet.",
                "Det skal legges til rette for mer deling av data.",
                "Kartverket skal koordinere arbeidet med en ny adressetjeneste.")));
        assertThat(found).singleElement().satisfies(c -> assertThat(c.quote()).startsWith("Kartverket skal koordinere"));
    }

    @Test
    void aSentenceThatRestatesAListedMeasureGivesWayToTheListItem() {
        List<CandidateMeasure> found = propose(List.of(List.of(
                "Direktoratet bør utarbeide felles kriterier for nasjonale fellesløsninger og prioritering av prosjekter.",
                "# Anbefalinger",
                "• Direktoratet utarbeider kriterier for nasjonale fellesløsninger og prioritering av prosjekter i sektoren.")));
        assertThat(found).singleElement().satisfies(c -> assertThat(c.quote()).startsWith("Direktoratet utarbeider"));
    }

    @Test
    void readsNynorskAsWellAsBokmaal() {
        List<CandidateMeasure> found = propose(List.of(List.of(
                "Regjeringa vil:",
                "• greie ut ei felles løysing for deling av data mellom kommunane",
                "# Hovudmål",
                "1. Kommunane skal ha gode digitale tenester.",
                "Direktoratet skal vidareutvikle den nasjonale datakatalogen innan 2027.",
                "Tenestene skal vere enkle å bruke.")));
        assertThat(found).extracting(CandidateMeasure::kind)
                .containsExactly(MeasureKind.MEASURE, MeasureKind.GOAL, MeasureKind.MEASURE, MeasureKind.GOAL);
    }

    @Test
    void aQuotationIntroducedByAGoalNounIsAGoal() {
        List<CandidateMeasure> found = propose(List.of(List.of(
                "Planen bygger videre på ambisjonen: «Alle fylker skal ha en felles kartløsning innen 2030».")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MeasureKind.GOAL);
            assertThat(c.quote()).isEqualTo("Alle fylker skal ha en felles kartløsning innen 2030");
        });
    }

    @Test
    void aLetteredSubItemThatStatesAPropertySpecifiesItsParent() {
        List<CandidateMeasure> found = propose(List.of(List.of("# Tiltak",
                "i. Fylket skal lage en ny arkivplan innen 2027. a. Planen skal omfatte alle fagsystemer. b. Arkivet skal "
                        + "gjennomgå eldre saker.")));
        assertThat(found).extracting(CandidateMeasure::quote).containsExactly(
                "Fylket skal lage en ny arkivplan innen 2027.", "Arkivet skal gjennomgå eldre saker.");
    }

    @Test
    void aSentenceThatRepeatsAListedItemsOpeningGivesWayToIt() {
        List<CandidateMeasure> found = propose(List.of(List.of(
                "Sekretariatet bør lede en prosess for å samordne rutiner for arkiv og innsyn i fylkene.",
                "# Anbefalinger",
                "• Sekretariatet bør lede arbeidet med felles rutiner for arkiv.")));
        assertThat(found).singleElement().satisfies(c -> assertThat(c.quote()).startsWith("Sekretariatet bør lede arbeidet"));
    }
}
