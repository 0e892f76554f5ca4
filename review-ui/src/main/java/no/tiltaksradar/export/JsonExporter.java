package no.tiltaksradar.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** JSON: what was exported, when, with which filters ({@code filters}, empty for all), then the rows with the register's field names. */
@Component
public class JsonExporter implements Exporter {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public void write(Export export, OutputStream out) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("source", export.source());
        root.put("createdAt", export.createdAt().toString());
        root.set("filters", json.valueToTree(export.filters()));
        root.put("count", export.rows().size());
        root.set("items", json.valueToTree(export.rows()));
        json.writeValue(new NonClosing(out), root);
        out.flush();
    }
}
