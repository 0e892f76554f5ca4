package no.tiltaksradar.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    private String norm(String text) {
        return normalizer.normalize(text).text();
    }

    @Test
    void collapsesWhitespaceAndTrims() {
        assertThat(norm("  Digdir   skal\n\n etablere\f et register ")).isEqualTo("digdir skal etablere et register");
    }

    @Test
    void undoesLineBreakHyphenation() {
        assertThat(norm("informa-\nsjonssikkerhet")).isEqualTo(norm("informasjonssikkerhet"));
        assertThat(norm("informasjons-\nsikkerhet")).isEqualTo(norm("informasjonssikkerhet"));
    }

    @Test
    void compoundHyphenMatchesAtLineEndAndInline() {
        assertThat(norm("IKT-\nsikkerhet")).isEqualTo(norm("IKT-sikkerhet"));
    }

    @Test
    void keepsSuspendedHyphenBeforeConjunction() {
        assertThat(norm("informasjons-\nog kommunikasjonsteknologi")).isEqualTo(norm("informasjons- og kommunikasjonsteknologi"));
    }

    @Test
    void keepsNumberRangesApart() {
        assertThat(norm("2020–2025")).isEqualTo("2020-2025").isNotEqualTo(norm("20202025"));
    }

    @Test
    void expandsLigaturesAndFoldsQuotesDashesAndCase() {
        assertThat(norm("ﬁnansiering ﬂyt «Digitalt først» – „x“")).isEqualTo("finansiering flyt \"digitalt først\" - \"x\"");
    }

    @Test
    void composesDecomposedLetters() {
        assertThat(norm("Miljøa\u030Arsak")).isEqualTo("miljøårsak");
    }

    @Test
    void mapsEveryNormalisedCharacterBackToItsOrigin() {
        String original = "Det  ﬁnnes\nIKT-\nsikkerhet";
        NormalizedText normalized = normalizer.normalize(original);
        int at = normalized.text().indexOf("finnes");
        assertThat(original.substring(normalized.originalStart(at), normalized.originalEnd(at + 6))).isEqualTo("ﬁnnes");
        int ikt = normalized.text().indexOf("iktsikkerhet");
        assertThat(original.substring(normalized.originalStart(ikt), normalized.originalEnd(ikt + 12))).isEqualTo("IKT-\nsikkerhet");
    }

    @Test
    void randomInputKeepsOriginsInsideTheText() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "abcøå ÆØ-\n\f–«»ﬁ\u00AD 1290.";
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(40); i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            NormalizedText normalized = normalizer.normalize(text.toString());
            for (int i = 0; i < normalized.length(); i++) {
                assertThat(normalized.start()[i]).isBetween(0, text.length());
                assertThat(normalized.end()[i]).isBetween(normalized.start()[i], text.length());
            }
        }
    }

    @Test
    void footnoteMarkerGluedToAWordIsAnArtefact() {
        assertThat(norm("styrke gjennomføringskraft1 i sektoren")).isEqualTo(norm("styrke gjennomføringskraft i sektoren"));
        assertThat(norm("gjennomføringskraft\u00B9.")).isEqualTo(norm("gjennomføringskraft."));
    }

    @Test
    void numbersThatAreNotFootnoteMarkersStay() {
        assertThat(norm("utslipp av CO2")).isNotEqualTo(norm("utslipp av CO3"));
        assertThat(norm("innen 2025")).isNotEqualTo(norm("innen 2026"));
        assertThat(norm("ISO27001")).isNotEqualTo(norm("ISO"));
    }
}
