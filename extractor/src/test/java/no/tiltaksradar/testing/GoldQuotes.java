package no.tiltaksradar.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The gold records' fields that tests of ingest and validation need. */
public final class GoldQuotes {

    public record GoldQuote(String id, String kind, String quote, int page, String document, List<String> responsible, String deadline) {
    }

    private GoldQuotes() {
    }

    public static List<GoldQuote> read(Path goldFile) {
        ObjectMapper json = new ObjectMapper();
        List<GoldQuote> quotes = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(goldFile)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<String> responsible = new ArrayList<>();
                node.path("responsible").forEach(r -> responsible.add(r.asText()));
                quotes.add(new GoldQuote(node.get("id").asText(), node.get("kind").asText(), node.get("quote").asText(),
                        node.get("page").asInt(), node.get("document").asText(), responsible,
                        node.path("deadline").isNull() ? null : node.path("deadline").asText(null)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return quotes;
    }

    public static List<GoldQuote> all() {
        List<GoldQuote> all = new ArrayList<>();
        for (String id : CorpusFixtures.goldDocuments()) {
            all.addAll(read(CorpusFixtures.corpus().resolve("gold").resolve(id + ".jsonl")));
        }
        return all;
    }
}
