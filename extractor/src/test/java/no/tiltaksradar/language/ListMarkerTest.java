package no.tiltaksradar.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ListMarkerTest {

    @Test
    void recognisesBulletsNumbersRomanNumeralsAndLetters() {
        assertThat(ListMarker.at("• Etaten skal")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.BULLET);
        assertThat(ListMarker.at("◆◆ Regjeringa vil")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.BULLET);
        assertThat(ListMarker.at("– etablere")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.BULLET);
        assertThat(ListMarker.at("o Kommunane skal")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.BULLET);
        assertThat(ListMarker.at("3. Etatane skal")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.NUMBER);
        assertThat(ListMarker.at("(2) Fylket skal")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.NUMBER);
        assertThat(ListMarker.at("4\tLage ein plan")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.NUMBER);
        assertThat(ListMarker.at("iv. Evaluer")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.ROMAN);
        assertThat(ListMarker.at("b) Alle aktører")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.LETTER);
    }

    @Test
    void bulletsAsWordAndOtherToolsPrintThemAreMarkers() {
        for (String bullet : new String[] {"\uF0B7", "\uF0A7", "\uF076", "\uF0D8", "\uF0FC", "·", "◦", "∙", "‣", "➤"}) {
            assertThat(ListMarker.at(bullet + " opprette eit felles kontor")).as("U+%04X", (int) bullet.charAt(0)).get()
                    .extracting(ListMarker::style).isEqualTo(ListMarker.Style.BULLET);
            assertThat(ListMarker.strip(bullet + "\topprette eit felles kontor")).isEqualTo("opprette eit felles kontor");
        }
        assertThat(ListMarker.opensItem("Fylket · 2027")).as("a middle dot inside a line is no marker").isFalse();
    }

    @Test
    void runInNumberingOfActionPlansIsAMarker() {
        assertThat(ListMarker.at("Tiltak 3 Etablere eit forum")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.RUN_IN);
        assertThat(ListMarker.at("Delmål 2.1: Færre ulykker")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.RUN_IN);
        assertThat(ListMarker.at("T1.2 Kartlegge behovet")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.RUN_IN);
    }

    @Test
    void theMarkerIsLeftOutOfTheItem() {
        assertThat(ListMarker.at("ii. Etatene skal").orElseThrow().length()).isEqualTo("ii. ".length());
        assertThat(ListMarker.strip("– Etablere ein portal")).isEqualTo("Etablere ein portal");
        assertThat(ListMarker.strip("Etablere ein portal")).isEqualTo("Etablere ein portal");
    }

    @Test
    void aWrappedDateInitialsOrOrdinaryWordsAreNoMarker() {
        assertThat(ListMarker.at("1. januar 2021 skal alle")).isEmpty();
        assertThat(ListMarker.at("3. kvartal")).isEmpty();
        assertThat(ListMarker.at("om strategien")).isEmpty();
        assertThat(ListMarker.at("2020 – 2024")).isEmpty();
        assertThat(ListMarker.opensItem("1.6.2026 er fristen")).isFalse();
        assertThat(ListMarker.opensItem("Innan 2026")).isFalse();
        assertThat(ListMarker.opensItem("i dag")).isFalse();
        assertThat(ListMarker.opensItem("2 Kjelde: eiga utrekning")).as("a footnote has one space after its number").isFalse();
        assertThat(ListMarker.opensItem("A. Hansen leiar arbeidet")).as("initials").isFalse();
    }

    @Test
    void theEmbeddableMarkerFindsTheSameItemStartsInRunningText() {
        Pattern itemStart = Pattern.compile("\\n(?=[ \\t]*" + ListMarker.MARKER + "[ \\t])");
        String text = "Regjeringa vil:\n• greie ut deling\n12. etablere eit forum\n1. januar 2027 tek lova til";
        assertThat(itemStart.matcher(text).results().count()).isEqualTo(2);
    }
}
