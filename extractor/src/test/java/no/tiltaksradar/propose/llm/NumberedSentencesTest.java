package no.tiltaksradar.propose.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedSentencesTest {
    private static final String EXCERPT = "Innleiing til kapitlet. Fylket har mange tenester.\n"
            + "Tiltak\n"
            + "• Fylkeskommunen skal etablere ein\nfelles portal innan 1.6.2026.\n"
            + "• Greie ut deling av vegdata.\n\n"
            + "Bakgrunn";

    @Test
    void cutsSentencesListItemsAndLinesAndNumbersThem() {
        NumberedSentences numbered = NumberedSentences.of(EXCERPT);
        assertThat(numbered.render()).isEqualTo("[S1] Innleiing til kapitlet.\n[S2] Fylket har mange tenester.\nTiltak\n"
                .replace("\nTiltak\n", "\n[S3] Tiltak\n")
                + "[S4] • Fylkeskommunen skal etablere ein\nfelles portal innan 1.6.2026.\n"
                + "[S5] • Greie ut deling av vegdata.\n[S6] Bakgrunn\n");
    }

    @Test
    void quoteIsCutFromTheExcerptVerbatimByIds() {
        NumberedSentences numbered = NumberedSentences.of(EXCERPT);
        assertThat(numbered.cut(List.of("S4"))).contains("Fylkeskommunen skal etablere ein\nfelles portal innan 1.6.2026.");
        assertThat(numbered.cut(List.of("[S2]", "s1"))).contains("Innleiing til kapitlet. Fylket har mange tenester.");
    }

    @Test
    void unknownIdCutsNothing() {
        assertThat(NumberedSentences.of(EXCERPT).cut(List.of("S4", "S99"))).isEmpty();
        assertThat(NumberedSentences.of(EXCERPT).cut(List.of())).isEmpty();
    }
}
