package no.tiltaksradar.propose.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.langchain4j.model.chat.DisabledChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.propose.ProposalException;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

    @Test
    void offUnlessEnabled() {
        assertThat(LlmSettingsProperties.read(new Properties())).isEmpty();
    }

    @Test
    void readsKeysAndKeepsDefaults() {
        Properties p = new Properties();
        p.setProperty("tiltaksradar.llm.enabled", "true");
        p.setProperty("tiltaksradar.llm.provider", "azure-openai");
        p.setProperty("tiltaksradar.llm.base-url", "https://x.openai.azure.com");
        p.setProperty("tiltaksradar.llm.deployment", "gpt41");
        p.setProperty("tiltaksradar.llm.timeout", "PT30S");
        p.setProperty("tiltaksradar.llm.price.input-per-1k", "0.002");
        LlmSettings settings = LlmSettingsProperties.read(p).orElseThrow();
        assertThat(settings.provider()).isEqualTo(LlmProvider.AZURE_OPENAI);
        assertThat(settings.model()).isEqualTo("gpt41");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.temperature()).isZero();
        assertThat(settings.concurrency()).isEqualTo(4);
        assertThat(settings.proposerId()).isEqualTo("llm/gpt41/v3"); // v3 is the default prompt
        assertThat(settings.cost(1000, 0)).isEqualTo(0.002);
    }

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
