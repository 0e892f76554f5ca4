package no.tiltaksradar.document;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code tiltaksradar.storage.*}.
 *
 * @param filesDir where uploaded files are kept, one folder per sha256 (several servers share it)
 * @param maxFileSize an upload larger than this is refused before it is kept
 * @param cacheDir rendered page images, made again whenever missing
 */
@ConfigurationProperties("tiltaksradar.storage")
public record StorageSettings(@DefaultValue("data/files") Path filesDir, @DefaultValue("100MB") DataSize maxFileSize,
                              @DefaultValue("data/cache") Path cacheDir) {
}
