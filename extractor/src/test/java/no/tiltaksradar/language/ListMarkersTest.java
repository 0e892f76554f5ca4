package no.tiltaksradar.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListMarkersTest {

    @Test
    void bulletsNumbersRomanNumeralsAndLettersOpenAnItem() {
        assertThat(ListMarkers.opensItem("• Greie ut deling")).isTrue();
        assertThat(ListMarkers.opensItem("  12. Etablere eit forum")).isTrue();
        assertThat(ListMarkers.opensItem("iv. Revidere planen")).isTrue();
        assertThat(ListMarkers.opensItem("b) Lage ein rettleiar")).isTrue();
    }

    @Test
    void datesAndWordsDoNotOpenAnItem() {
        assertThat(ListMarkers.opensItem("1.6.2026 er fristen")).isFalse();
        assertThat(ListMarkers.opensItem("Innan 2026")).isFalse();
        assertThat(ListMarkers.opensItem("i dag")).isFalse();
    }

    @Test
    void stripLeavesTheItemsText() {
        assertThat(ListMarkers.strip("– Etablere ein portal")).isEqualTo("Etablere ein portal");
        assertThat(ListMarkers.strip("Etablere ein portal")).isEqualTo("Etablere ein portal");
    }
}
