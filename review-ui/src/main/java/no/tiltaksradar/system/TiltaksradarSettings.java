package no.tiltaksradar.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tiltaksradar.*}.
 *
 * @param dataDir where the index and other local state live (default {@code ./data})
 * @param maxPages a PDF with more pages fails with "too many pages" instead of risking memory
 * @param ocrLanguage tesseract language for PDFs without a text layer, used when installed
 */
@ConfigurationProperties("tiltaksradar")
record TiltaksradarSettings(@DefaultValue("data") Path dataDir,
                            @DefaultValue("5000") int maxPages,
                            @DefaultValue("nor") String ocrLanguage) {
}
