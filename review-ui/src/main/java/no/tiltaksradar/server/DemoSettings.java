package no.tiltaksradar.server;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tiltaksradar.demo.*}.
 *
 * @param enabled load the sample corpus at first start (what {@code serve --demo} sets)
 * @param corpus the folder of sample documents
 */
@ConfigurationProperties("tiltaksradar.demo")
record DemoSettings(boolean enabled, @DefaultValue("corpus/pdf") Path corpus) {
}
