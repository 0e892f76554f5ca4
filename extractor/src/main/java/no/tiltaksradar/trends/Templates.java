package no.tiltaksradar.trends;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/** The narrative's sentence templates ({@code narrative.properties} beside this class), filled by name. */
final class Templates {
    private final Properties templates = new Properties();

    Templates() {
        try (InputStream in = Templates.class.getResourceAsStream("narrative.properties")) {
            if (in == null) {
                throw new IllegalStateException("narrative.properties missing from the classpath");
            }
            templates.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read narrative.properties", e);
        }
    }

    String fill(String key, Map<String, Object> values) {
        String template = templates.getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no narrative template " + key);
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            template = template.replace("{" + e.getKey() + "}", v instanceof Double d ? Numbers.format(d) : String.valueOf(v));
        }
        return template;
    }
}
