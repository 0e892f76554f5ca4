package no.tiltaksradar.propose.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = new Gazetteer(List.of(
            "Norsk polarinstitutt\t\tKlima- og miljødepartementet\tKLD",
            "Kunnskapsdepartementet\tKD\tKunnskapsdepartementet\tKD",
            "Arbeids- og velferdsetaten\tNav\tArbeids- og inkluderingsdepartementet\tAID"),
            List.of("Regjeringen"));

    @Test
    void findsBodiesByNameCaseInsensitivelyAndByAbbreviationOnlyAsWritten() {
        List<Gazetteer.Mention> mentions = gazetteer.mentions("Regjeringen og NORSK POLARINSTITUTT ber KD, ikke kd, og Nav");
        assertThat(mentions).extracting(Gazetteer.Mention::asWritten)
                .containsExactly("Regjeringen", "NORSK POLARINSTITUTT", "KD", "Nav");
        assertThat(mentions.get(1).body().ministry()).isEqualTo("Klima- og miljødepartementet");
    }

    @Test
    void doesNotFindANameInsideALongerWord() {
        assertThat(gazetteer.mentions("KDs arbeid og NavTest")).isEmpty();
    }

    @Test
    void looksUpBodiesAndKnowsCollectives() {
        assertThat(gazetteer.body("KD")).map(Gazetteer.Body::name).contains("Kunnskapsdepartementet");
        assertThat(gazetteer.body("norsk polarinstitutt")).isPresent();
        assertThat(gazetteer.isCollective("regjeringen")).isTrue();
        assertThat(gazetteer.isCollective("Nav")).isFalse();
    }

    @Test
    void theShippedRegisterGivesAgenciesTheirMinistry() {
        Gazetteer shipped = Gazetteer.load();
        assertThat(shipped.body("Miljødirektoratet")).map(Gazetteer.Body::ministry).contains("Klima- og miljødepartementet");
    }

    @Test
    void aBodyIsFoundWithoutTheLegalFormRunningTextDrops() {
        Gazetteer withForms = new Gazetteer(List.of("Vestland havn IKS\t\tSamferdselsdepartementet\tSD",
                "Fjordkraft utvikling AS\t\tNæringsdepartementet\tNFD"), List.of());
        assertThat(withForms.mentions("Vestland havn skal byggje ei ny kai.")).extracting(m -> m.body().name())
                .containsExactly("Vestland havn IKS");
        assertThat(withForms.mentions("Fjordkraft utvikling AS leverer straum.")).extracting(m -> m.body().name())
                .containsExactly("Fjordkraft utvikling AS");
    }
}
