package no.tiltaksradar.validate;

import static org.assertj.core.api.Assertions.assertThat;

import no.tiltaksradar.model.MeasureKind;
import org.junit.jupiter.api.Test;

/** Sentences invented for these tests, in Bokmål and Nynorsk; none is copied from the corpus. */
class RuleMeasureJudgeTest {
    private final RuleMeasureJudge judge = new RuleMeasureJudge();

    private Judgement read(String quote, String before, String after) {
        return judge.judge(new QuoteInContext(quote, before, after), MeasureKind.MEASURE);
    }

    private JudgedKind kind(String quote) {
        return read(quote, "", "").kind();
    }

    @Test
    void potentialWordingIsAPotentialEvenWithAnActorAndAnActionVerb() {
        assertThat(kind("Kunstig intelligens vil kunne bidra til raskere saksbehandling.")).isEqualTo(JudgedKind.POTENTIAL);
        assertThat(kind("Skytenester kan gje kommunane lågare kostnader.")).isEqualTo(JudgedKind.POTENTIAL);
        assertThat(kind("Fylkeskommunen vil kunne etablere eit felles driftssenter.")).isEqualTo(JudgedKind.POTENTIAL);
        assertThat(kind("Deling av vegdata har et stort potensial.")).isEqualTo(JudgedKind.POTENTIAL);
        assertThat(read("Tolletaten kan ta i bruk maskinlæring i kontrollarbeidet.", "", "").reason()).startsWith("potential-wording");
    }

    @Test
    void aBareInfinitiveOfOpeningIsAnActionInBothWrittenStandards() {
        assertThat(kind("Åpne kartarkivet for forskere")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Opne kartarkivet for forskarar")).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void potentialInAClauseAfterACommittedActionIsOnlyItsPurpose() {
        assertThat(kind("Lånekassen skal utvikle en ny søknadsløsning som kan bidra til færre feil.")).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void evaluativeFrameIsNoCommitment() {
        assertThat(kind("Det er viktig at sykehusene deler pasientdata på en sikker måte.")).isEqualTo(JudgedKind.GOAL);
        assertThat(kind("Det er naudsynt at alle etatane tek i bruk felles komponentar.")).isEqualTo(JudgedKind.GOAL);
        assertThat(read("Det er behov for bedre oversikt over datasettene.", "", "").reason()).startsWith("evaluative-frame");
    }

    @Test
    void reportOfWhatExistsIsADescription() {
        assertThat(kind("Det er etablert et felles register for kjøretøy.")).isEqualTo(JudgedKind.DESCRIPTION);
        assertThat(kind("Direktoratet har nylig utviklet en veileder for skytjenester.")).isEqualTo(JudgedKind.DESCRIPTION);
        assertThat(kind("Portalen vart oppretta i 2019.")).isEqualTo(JudgedKind.DESCRIPTION);
    }

    @Test
    void participleAfterAModalIsNotADescription() {
        assertThat(kind("Løsningen skal være etablert innen 2026.")).isEqualTo(JudgedKind.GOAL);
    }

    @Test
    void stateAfterTheMainModalIsAGoalInBothWrittenStandards() {
        assertThat(kind("Statens vegvesen skal ha oppdaterte kart over hele vegnettet.")).isEqualTo(JudgedKind.GOAL);
        assertThat(kind("Tenestene skal vere universelt utforma.")).isEqualTo(JudgedKind.GOAL);
        assertThat(kind("Pasientene skal kunne se journalen sin digitalt.")).isEqualTo(JudgedKind.GOAL);
        assertThat(kind("Skatteetaten skal ha god kontroll og årlig evaluere tjenestene.")).isEqualTo(JudgedKind.GOAL);
    }

    @Test
    void anActionWhoseObjectIsOnlyAQualityIsAGoal() {
        assertThat(kind("Fylket vil innen 2028 sikre betre samordning av kollektivtilbodet.")).isEqualTo(JudgedKind.GOAL);
        assertThat(kind("Tolletaten skal levere gode og raske tjenester til næringslivet.")).isEqualTo(JudgedKind.GOAL);
        assertThat(read("Kommunen skal tilby enklere tilgang til byggesaker.", "", "").reason()).startsWith("quality-object");
        // what is made or done, even with quality words later or a quantity after the verb, stays a measure
        assertThat(kind("Kommunen skal etablere en portal som gir bedre oversikt.")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Vegvesenet skal bygge flere ladestasjoner langs riksvegene.")).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void goalNounAsSubjectIsAGoal() {
        assertThat(kind("Målet er at alle skoler skal ha trådløst nett.")).isEqualTo(JudgedKind.GOAL);
        assertThat(kind("Vår visjon er en enkel og trygg digital hverdag.")).isEqualTo(JudgedKind.GOAL);
    }

    @Test
    void commitmentModalWithActionVerbIsAMeasureInBothWrittenStandards() {
        assertThat(kind("Helsedirektoratet skal utarbeide en plan for datadeling.")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Regjeringa vil greie ut ei felles løysing for innlogging.")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Det bør vurderes å samle driften i én enhet.")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Kommunane bør vurdere felles innkjøp av fagsystem.")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Tilsynet må oppdatere rutinene for avvik.")).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void modalInsideAFrontedSubordinateClauseIsNotTheMainOne() {
        assertThat(kind("Når systemet skal kunne brukes av alle, må etaten teste det med brukerne.")).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void itemOpeningWithAnActionVerbIsAMeasure() {
        assertThat(kind("Kartlegge hvilke registre som mangler API")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Utarbeid ein plan for arkivdanning")).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void datedDeadlineMakesAPlainStatementAMeasure() {
        assertThat(kind("Rapporten leveres departementet innen 1.3.2025.")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Ny veileder publiseres innan utgangen av 2026.")).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void goalHeadingAboveGovernsEvenAnActiveItem() {
        String before = "Innleiing til kapitlet.\nDelmål\n1. Kundane skal oppleve korte svartider.\n2. ";
        Judgement judgement = read("Etaten skal innføre digital post til alle.", before, "");
        assertThat(judgement.kind()).isEqualTo(JudgedKind.GOAL);
        assertThat(judgement.reason()).startsWith("governing-heading");
    }

    @Test
    void measureHeadingAboveGovernsEvenAStativeItem() {
        String before = "Anbefalinger\n• Alle departementer bør lage en datastrategi.\n• ";
        assertThat(read("Alle etater bør ha en egen personvernrådgiver.", before, "").kind()).isEqualTo(JudgedKind.MEASURE);
        assertThat(read("felles løsninger for innsyn", "Fylkeskommunen vil:\n– ", "").kind()).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void aNeutralHeadingOrAProseParagraphEndsTheHeadingsReach() {
        String underNeutral = "Tiltak\n• Lage en oversikt.\nBakgrunn for satsingen\n";
        assertThat(read("Kommunen skal ha en strategi.", underNeutral, "").kind()).isEqualTo(JudgedKind.GOAL);
        String afterProse = "Delmål\n1. Noe skal være bra.\nDette er en lengre tekst om bakgrunnen som slutter her.\n";
        assertThat(read("Etaten skal innføre digital post.", afterProse, "").kind()).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void labelBelowABoxOfItemsGovernsWhenNoHeadingAbove() {
        String after = "\nSektoren skal dele erfaringer fra prosjektene\nMål\n";
        assertThat(read("Sektoren skal utvikle felles løsninger", "", after).kind()).isEqualTo(JudgedKind.GOAL);
    }

    @Test
    void noSignalIsUnclear() {
        assertThat(kind("Sektoren forvalter store mengder geodata.")).isEqualTo(JudgedKind.UNCLEAR);
    }

    @Test
    void wordsInsideLongerWordsAreNotSignals() {
        // "måling" must not read as the modal "må", nor "kanal" as "kan"
        assertThat(kind("Måling av kanalbruk i etatene.")).isEqualTo(JudgedKind.UNCLEAR);
    }

    @Test
    void nynorskFormsReadLikeTheirBokmaalCounterparts() {
        assertThat(kind("Det bør vurderast å samle drifta i éi eining.")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Kommunen har vorte oppretta som pilot i 2021.")).isEqualTo(JudgedKind.DESCRIPTION);
        assertThat(kind("Digitalisering vil kunne gje betre tenester.")).isEqualTo(JudgedKind.POTENTIAL);
        assertThat(kind("Innbyggjarane skal oppleve samanhengande tenester.")).isEqualTo(JudgedKind.GOAL);
        assertThat(read("felles løysingar for innsyn", "Regjeringa vil:\n• ", "").kind()).isEqualTo(JudgedKind.MEASURE);
        assertThat(read("Tenestene er enkle å bruke", "Hovudmål 2\n", "").kind()).isEqualTo(JudgedKind.GOAL);
    }
}
