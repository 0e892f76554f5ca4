package no.tiltaksradar.propose.llm;

import static org.assertj.core.api.Assertions.assertThat;

import no.tiltaksradar.layout.LayoutReader;
import no.tiltaksradar.model.Origin;
import no.tiltaksradar.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** A placed quote's origin is the layout's: list item, paragraph, or unknown where it touches neither. */
class LayoutOriginsTest {
    private final SourceDocument document = LlmFixtures.document();
    private final LayoutOrigins origins = new LayoutOrigins(new LayoutReader().read(document));

    private Origin of(String quote) {
        int start = document.text().indexOf(quote);
        return origins.at(start, start + quote.length());
    }

    @Test
    void aQuoteInAListItemIsAListItemEvenWithItsLeadIn() {
        assertThat(of(LlmFixtures.MEASURE)).isEqualTo(Origin.LIST_ITEM);
        assertThat(of("Regjeringen vil:\n• etablere")).isEqualTo(Origin.LIST_ITEM);
    }

    @Test
    void aQuoteInAParagraphIsProseEvenUnderItsLabel() {
        assertThat(of(LlmFixtures.GOAL)).isEqualTo(Origin.PROSE);
        assertThat(of("Mål\n" + LlmFixtures.GOAL)).isEqualTo(Origin.PROSE);
    }

    @Test
    void aLabelAloneOrNoPlaceIsUnknown() {
        assertThat(of("Regjeringen vil:")).isEqualTo(Origin.UNKNOWN);
        assertThat(origins.at(-1, -1)).isEqualTo(Origin.UNKNOWN);
    }
}
