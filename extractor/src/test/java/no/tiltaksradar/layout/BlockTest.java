package no.tiltaksradar.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockTest {

    /** A block's labelled fields keep the page's order, so what is read from them does not change from run to run. */
    @Test
    void fieldsKeepTheOrderThePageGivesThem() {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> labels = List.of("ansvar", "frist", "ansvarlig virksomhet", "status", "samarbeid", "budsjett", "kostnad", "merknad");
        for (String label : labels) {
            fields.put(label, "verdi for " + label);
        }
        LayoutLine line = new LayoutLine(1, 0, 10, "Bygge bro", 50f, 120f, 100f, 11f, false, 0, List.of());
        Block block = new Block(Block.Kind.LIST_ITEM, "Bygge bro", new int[9], List.of("1 Tiltak"), "Tiltak", null, 0, false, fields,
                null, List.of(line));
        assertThat(block.fields().keySet()).containsExactlyElementsOf(labels);
    }
}
