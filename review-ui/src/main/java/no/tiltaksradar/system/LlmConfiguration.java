package no.tiltaksradar.system;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import no.tiltaksradar.propose.llm.LlmSettings;
import no.tiltaksradar.propose.llm.LlmSettingsProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The LLM settings from {@code tiltaksradar.llm.*} (command line, environment, application
 * properties), empty unless {@code tiltaksradar.llm.enabled=true}: the product then runs offline.
 */
record LlmConfiguration(Optional<LlmSettings> settings) {

    static LlmConfiguration from(Environment environment) {
        Map<String, String> keys = Binder.get(environment)
                .bind("tiltaksradar.llm", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        Properties properties = new Properties();
        keys.forEach((key, value) -> properties.setProperty(LlmSettingsProperties.PREFIX + key, value));
        return new LlmConfiguration(LlmSettingsProperties.read(properties));
    }
}
