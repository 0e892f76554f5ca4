package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyOcrEngineTest {

    @Test
    void probesOnlyWhenAScanNeedsItAndOnlyOnce() {
        AtomicInteger probes = new AtomicInteger();
        OcrEngine engine = new LazyOcrEngine(() -> {
            probes.incrementAndGet();
            return OcrEngine.NONE;
        });
        assertThat(probes).hasValue(0);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> engine.recognise(Path.of("skann.pdf"), "sha", 3)).isInstanceOf(IngestException.class)
                    .hasMessageContaining("no text layer");
        }
        assertThat(probes).hasValue(1);
    }
}
