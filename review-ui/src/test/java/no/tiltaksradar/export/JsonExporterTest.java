package no.tiltaksradar.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonExporterTest {

    @Test
    void theFiltersAreAFieldBesideTheItems() throws IOException {
        JsonNode root = write();
        assertThat(root.get("source").asText()).isEqualTo("register");
        assertThat(root.get("filters").get("q").asText()).isEqualTo("skytjenester");
        assertThat(root.get("filters").get("ministry").asText()).isEqualTo("Fiskeri- og havdepartementet");
        assertThat(root.get("count").asInt()).isEqualTo(2);
        assertThat(root.get("createdAt").asText()).isEqualTo("2026-12-01T03:00:00Z");
    }

    @Test
    void eachItemCarriesTheRegistersFieldsAndItsSource() throws IOException {
        JsonNode first = write().get("items").get(0);
        assertThat(first.get("name").asText()).isEqualTo("Felles skyplattform for havnæringen");
        assertThat(first.get("technology")).extracting(JsonNode::asText).containsExactly("sky", "datadeling");
        assertThat(first.get("costFrame").asText()).isEqualTo("120 mill. kr");
        assertThat(first.get("quote").asText()).startsWith("Departementet vil etablere");
        assertThat(first.get("page").asInt()).isEqualTo(17);
        assertThat(first.get("document").asText()).isEqualTo("havstrategi-æøå.pdf");
    }

    private static JsonNode write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(ExportFixture.export(), out);
        return new ObjectMapper().readTree(out.toByteArray());
    }
}
