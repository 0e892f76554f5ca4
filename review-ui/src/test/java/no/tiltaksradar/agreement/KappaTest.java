package no.tiltaksradar.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cohen's kappa against values worked out by hand (each test says how). */
class KappaTest {

    @Test
    void acceptAndRejectWithSomeDisagreement() {
        // 10 items: both accept 4, both reject 3, first accepts/second rejects 2, first rejects/second accepts 1
        // p_o = 7/10; first accepts 6/10, second 5/10: p_e = .6*.5 + .4*.5 = .5; kappa = (.7-.5)/(1-.5) = .4
        Kappa kappa = Kappa.of(pairs("A", "A", 4, "R", "R", 3, "A", "R", 2, "R", "A", 1));
        assertThat(kappa.pairs()).isEqualTo(10);
        assertThat(kappa.observed()).isCloseTo(0.7, within(1e-12));
        assertThat(kappa.expected()).isCloseTo(0.5, within(1e-12));
        assertThat(kappa.value()).isCloseTo(0.4, within(1e-12));
        assertThat(kappa.undefinedBecause()).isNull();
    }

    @Test
    void threeCategories() {
        // items (M,M) (M,M) (G,G) (G,M) (P,P) (M,P): p_o = 4/6; first M3 G2 P1, second M3 G1 P2
        // p_e = (3*3 + 2*1 + 1*2)/36 = 13/36; kappa = (24/36 - 13/36) / (23/36) = 11/23
        Kappa kappa = Kappa.of(pairs("M", "M", 2, "G", "G", 1, "G", "M", 1, "P", "P", 1, "M", "P", 1));
        assertThat(kappa.observed()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(kappa.expected()).isCloseTo(13.0 / 36, within(1e-12));
        assertThat(kappa.value()).isCloseTo(11.0 / 23, within(1e-12));
    }

    @Test
    void perfectAgreementOverTwoCategoriesIsOne() {
        // p_o = 1, p_e = .5*.5 + .5*.5 = .5: kappa = 1
        assertThat(Kappa.of(pairs("A", "A", 1, "R", "R", 1)).value()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void perfectAgreementInOneCategoryIsUndefinedNotOne() {
        // both accept all three: p_o = 1 and p_e = 1*1 = 1, so kappa is 0/0; the share alike still says 100 %
        Kappa kappa = Kappa.of(pairs("A", "A", 3));
        assertThat(kappa.value()).isNull();
        assertThat(kappa.observed()).isEqualTo(1.0);
        assertThat(kappa.expected()).isEqualTo(1.0);
        assertThat(kappa.undefinedBecause()).isEqualTo("ONE_CATEGORY");
    }

    @Test
    void noOverlapHasNoKappa() {
        Kappa kappa = Kappa.of(List.of());
        assertThat(kappa.pairs()).isZero();
        assertThat(kappa.observed()).isNull();
        assertThat(kappa.value()).isNull();
        assertThat(kappa.undefinedBecause()).isEqualTo("NO_OVERLAP");
    }

    @Test
    void systematicDisagreementIsMinusOne() {
        // (A,R) (R,A): p_o = 0, p_e = .5*.5 + .5*.5 = .5; kappa = (0-.5)/.5 = -1
        assertThat(Kappa.of(pairs("A", "R", 1, "R", "A", 1)).value()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void eachRaterWithOneDifferentCategoryIsZero() {
        // first always A, second always R: p_o = 0, p_e = 1*0 + 0*1 = 0; kappa = 0 (defined: p_e is not 1)
        Kappa kappa = Kappa.of(pairs("A", "R", 3));
        assertThat(kappa.value()).isCloseTo(0.0, within(1e-12));
        assertThat(kappa.undefinedBecause()).isNull();
    }

    @Test
    void neitherTheOrderOfItemsNorOfRatersMatters() {
        List<Kappa.Pair> items = pairs("A", "A", 4, "R", "R", 3, "A", "R", 2, "R", "A", 1);
        List<Kappa.Pair> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new java.util.Random(7));
        List<Kappa.Pair> swapped = items.stream().map(p -> new Kappa.Pair(p.second(), p.first())).toList();
        assertThat(Kappa.of(shuffled).value()).isCloseTo(0.4, within(1e-12));
        assertThat(Kappa.of(swapped).value()).isCloseTo(0.4, within(1e-12));
    }

    /** (first, second, count) triples. */
    private static List<Kappa.Pair> pairs(Object... triples) {
        List<Kappa.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            for (int n = 0; n < (int) triples[i + 2]; n++) {
                pairs.add(new Kappa.Pair((String) triples[i], (String) triples[i + 1]));
            }
        }
        return pairs;
    }
}
