package no.tiltaksradar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.List;
import no.tiltaksradar.model.GlyphBox;
import no.tiltaksradar.model.GlyphBoxList;
import no.tiltaksradar.model.Page;
import org.junit.jupiter.api.Test;

class GlyphStoreTest {

    @Test
    void boxesComeBackExactlyPerPageAfterTheFileIsGone() throws Exception {
        List<GlyphBox> first = List.of(new GlyphBox(0, 72.5f, 100.25f, 6.1f, 11f), new GlyphBox(1, 78.6f, 100.25f, 5.9f, 11f));
        List<GlyphBox> second = List.of(new GlyphBox(0, 72f, 90f, 7f, 20f));
        List<GlyphBox> readFirst;
        List<GlyphBox> readSecond;
        try (GlyphStore store = new GlyphStore()) {
            long a = store.append(first);
            long b = store.append(second);
            ByteBuffer boxes = store.seal();
            readFirst = new GlyphBoxList(boxes, (int) a, first.size());
            readSecond = new GlyphBoxList(boxes, (int) b, second.size());
        }
        assertThat(readFirst).isEqualTo(first);
        assertThat(readSecond).isEqualTo(second);
    }

    @Test
    void aPageKeepsThePackedListInsteadOfCopyingItIntoObjects() throws Exception {
        try (GlyphStore store = new GlyphStore()) {
            store.append(List.of(new GlyphBox(0, 1, 2, 3, 4)));
            GlyphBoxList packed = new GlyphBoxList(store.seal(), 0, 1);
            Page page = new Page(1, null, "x", 0, List.of(), packed, List.of());
            assertThat(page.glyphs()).isSameAs(packed);
            assertThatThrownBy(() -> page.glyphs().add(new GlyphBox(1, 0, 0, 0, 0))).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
