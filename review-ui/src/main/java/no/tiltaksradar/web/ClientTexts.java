package no.tiltaksradar.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The texts the screens' scripts need, as one JSON object per language: every key starting with {@code js.} in
 * the feature bundles. A script cannot ask Spring's MessageSource, and MessageSource cannot list its keys, so the
 * bundles are read here directly; Norwegian (the base bundle) fills any key the English bundle lacks.
 */
@Component
public class ClientTexts {
    /** The message bundles under src/main/resources/i18n, one pair (nb, en) per feature; Spring reads the same list. */
    public static final List<String> BUNDLES = List.of("i18n/common", "i18n/review", "i18n/documents", "i18n/register",
            "i18n/export", "i18n/trends", "i18n/agreement");
    private static final String PREFIX = "js.";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> byLanguage = new ConcurrentHashMap<>();

    /** The texts as JSON, safe to place inside a {@code <script type="application/json">} element. */
    public String json(Locale locale) {
        return byLanguage.computeIfAbsent(locale.getLanguage(), language -> render(texts(Locale.forLanguageTag(language))));
    }

    Map<String, String> texts(Locale locale) {
        Map<String, String> texts = new TreeMap<>();
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle messages = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK);
                for (String key : messages.keySet()) {
                    if (key.startsWith(PREFIX)) texts.put(key.substring(PREFIX.length()), messages.getString(key));
                }
            } catch (MissingResourceException absent) {
                // a feature without texts for scripts yet
            }
        }
        return texts;
    }

    private String render(Map<String, String> texts) {
        try {
            // "</" would end the script element early; JSON allows the escaped form everywhere
            return json.writeValueAsString(texts).replace("</", "<\\/");
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
