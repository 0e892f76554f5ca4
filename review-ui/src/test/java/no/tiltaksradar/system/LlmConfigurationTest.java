package no.tiltaksradar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import no.tiltaksradar.propose.llm.LlmProvider;
import no.tiltaksradar.propose.llm.LlmSettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The LLM settings bound once from {@code tiltaksradar.llm.*}, as properties or as environment variables. */
class LlmConfigurationTest {

    @Test
    void offUnlessEnabled() {
        assertThat(LlmConfiguration.from(new MockEnvironment()).settings()).isEmpty();
        assertThat(LlmConfiguration.from(new MockEnvironment().withProperty("tiltaksradar.llm.base-url", "http://x/v1")
                .withProperty("tiltaksradar.llm.model", "m")).settings()).isEmpty();
    }

    @Test
    void readsEveryKeyAndKeepsTheDefaultsOfTheOthers() {
        MockEnvironment environment = new MockEnvironment().withProperty("tiltaksradar.llm.enabled", "true")
                .withProperty("tiltaksradar.llm.provider", "azure-openai").withProperty("tiltaksradar.llm.base-url", "https://x.openai.azure.com")
                .withProperty("tiltaksradar.llm.deployment", "gpt41").withProperty("tiltaksradar.llm.timeout", "PT30S")
                .withProperty("tiltaksradar.llm.price.input-per-1k", "0.002").withProperty("tiltaksradar.llm.prompt-dir", "prompts")
                .withProperty("tiltaksradar.llm.max-split-depth", "1");
        LlmConfiguration configuration = LlmConfiguration.from(environment);
        assertThat(configuration.error()).isNull();
        LlmSettings settings = configuration.settings().orElseThrow();
        assertThat(settings.provider()).isEqualTo(LlmProvider.AZURE_OPENAI);
        assertThat(settings.model()).as("Azure names the model by its deployment").isEqualTo("gpt41");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.promptDir()).isEqualTo(Path.of("prompts"));
        assertThat(settings.maxSplitDepth()).isEqualTo(1);
        assertThat(settings.temperature()).isZero();
        assertThat(settings.concurrency()).isEqualTo(4);
        assertThat(settings.proposerId()).isEqualTo("llm/gpt41/v3"); // v3 is the default prompt
        assertThat(settings.cost(1000, 0)).isEqualTo(0.002);
    }

    @Test
    void environmentVariablesBindTheSameSettings() {
        StandardEnvironment environment = new StandardEnvironment();
        // in place of the process's own environment, under the name Spring gives it
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                        "TILTAKSRADAR_LLM_ENABLED", "true", "TILTAKSRADAR_LLM_BASE_URL", "http://localhost:9/v1", "TILTAKSRADAR_LLM_MODEL", "gpt-test",
                        "TILTAKSRADAR_LLM_MAX_RETRIES", "5", "TILTAKSRADAR_LLM_PRICE_INPUTPER1K", "0.002",
                        "TILTAKSRADAR_LLM_PRICE_OUTPUTPER1K", "0.008", "TILTAKSRADAR_LLM_PROMPT_VERSION", "v1")));
        LlmSettings settings = LlmConfiguration.from(environment).settings().orElseThrow();
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:9/v1");
        assertThat(settings.maxRetries()).isEqualTo(5);
        assertThat(settings.inputPricePer1k()).isEqualTo(0.002);
        assertThat(settings.outputPricePer1k()).as("Spring's rule: dots become underscores, dashes go").isEqualTo(0.008);
        assertThat(settings.proposerId()).isEqualTo("llm/gpt-test/v1");
    }

    @Test
    void anUnusableValueIsAnErrorForWhoeverAsksForTheLlmNotAFailedStart() {
        LlmConfiguration configuration = LlmConfiguration.from(new MockEnvironment().withProperty("tiltaksradar.llm.enabled", "true")
                .withProperty("tiltaksradar.llm.base-url", "http://x/v1").withProperty("tiltaksradar.llm.model", "m")
                .withProperty("tiltaksradar.llm.timeout", "soon"));
        assertThat(configuration.settings()).isEmpty();
        assertThat(configuration.error()).startsWith("the LLM settings are not usable").contains("tiltaksradar.llm.timeout");

        LlmConfiguration noModel = LlmConfiguration.from(new MockEnvironment().withProperty("tiltaksradar.llm.enabled", "true")
                .withProperty("tiltaksradar.llm.base-url", "http://x/v1"));
        assertThat(noModel.error()).contains("'model' is required");
    }
}
