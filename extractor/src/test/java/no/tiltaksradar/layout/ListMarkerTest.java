package no.tiltaksradar.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListMarkerTest {

    @Test
    void recognisesBulletsNumbersRomanNumeralsAndLetters() {
        assertThat(ListMarker.at("• Digdir skal")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.BULLET);
        assertThat(ListMarker.at("◆◆ Regjeringen vil")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.BULLET);
        assertThat(ListMarker.at("– etablere")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.BULLET);
        assertThat(ListMarker.at("3. Miljøetatene skal")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.NUMBER);
        assertThat(ListMarker.at("iv. Evaluer")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.ROMAN);
        assertThat(ListMarker.at("b) Alle aktører")).get().extracting(ListMarker::style).isEqualTo(ListMarker.Style.LETTER);
    }

    @Test
    void theMarkerIsLeftOutOfTheItem() {
        assertThat(ListMarker.at("ii. Etatene skal").orElseThrow().length()).isEqualTo("ii. ".length());
    }

    @Test
    void aWrappedDateOrOrdinaryWordsAreNoMarker() {
        assertThat(ListMarker.at("1. januar 2021 skal alle")).isEmpty();
        assertThat(ListMarker.at("3. kvartal")).isEmpty();
        assertThat(ListMarker.at("om strategien")).isEmpty();
        assertThat(ListMarker.at("2020 – 2024")).isEmpty();
    }
}
