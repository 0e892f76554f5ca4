package no.tiltaksradar.propose.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.langchain4j.model.chat.DisabledChatModel;
import java.util.List;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.ProposalException;
import org.junit.jupiter.api.Test;

/** The settings record itself; reading them from configuration is review-ui's LlmConfigurationTest. */
class LlmSettingsTest {

    @Test
    void costIsUnknownNotZeroWhenNoPriceIsSet() {
        LlmSettings settings = LlmSettings.builder().baseUrl("http://localhost/v1").model("m").build();
        assertThat(settings.cost(1000, 500)).isNaN();
    }

    @Test
    void refusesMissingEndpoint() {
        assertThatThrownBy(() -> LlmSettings.builder().model("m").build()).hasMessageContaining("baseUrl");
    }

    @Test
    void disabledModelFailsTheDocumentWithoutRetry() {
        LlmSettings settings = LlmFixtures.settings("http://localhost:1").build();
        SourceDocument document = LlmFixtures.document();
        LlmMeasureProposer proposer = new LlmMeasureProposer(settings, new DisabledChatModel(), LlmFixtures.prompt());

        ProposalException error = catchThrowableOfType(ProposalException.class,
                () -> proposer.propose(document, List.of(LlmFixtures.chunk(document, 0, "Tiltak", 2, 2))));

        assertThat(error.retriable()).isFalse();
        assertThat(error.getMessage()).containsIgnoringCase("disabled");
    }
}
