package no.tiltaksradar.propose.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the model's answer ({@code {"items":[...]}}) and repairs the defects models commonly
 * make: code fences, prose around the object, trailing commas, a bare array, a cut-off array.
 * Items with neither a quote nor sentence ids are dropped, since nothing can be proven without one.
 */
public final class ProposalJsonReader {
    private static final Pattern FENCE = Pattern.compile("^```[a-zA-Z]*\\s*|\\s*```\\s*$");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",\\s*([}\\]])");
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** @return the items, or empty when the text is not JSON even after repair */
    public Optional<List<ProposedItem>> read(String answer) {
        if (answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        String text = FENCE.matcher(answer.strip()).replaceAll("");
        Optional<List<ProposedItem>> parsed = parse(text);
        return parsed.isPresent() ? parsed : parse(repair(text));
    }

    private Optional<List<ProposedItem>> parse(String text) {
        try {
            JsonNode root = mapper.readTree(text);
            JsonNode items = root != null && root.isArray() ? root : root == null ? null : root.get("items");
            if (items == null || !items.isArray()) {
                return Optional.empty();
            }
            List<ProposedItem> result = new ArrayList<>();
            for (JsonNode item : items) {
                ProposedItem proposed = mapper.treeToValue(item, ProposedItem.class);
                if (proposed.quote() != null && !proposed.quote().isBlank() || !proposed.sentences().isEmpty()) {
                    result.add(proposed);
                }
            }
            return Optional.of(result);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String repair(String text) {
        int start = firstOf(text, '{', '[');
        String body = start < 0 ? text : text.substring(start);
        body = TRAILING_COMMA.matcher(body).replaceAll("$1");
        return closeTruncated(body);
    }

    /** Cuts a truncated answer after its last complete item and closes what is still open. */
    private static String closeTruncated(String body) {
        if (parsesAsIs(body)) {
            return body;
        }
        int lastItemEnd = body.lastIndexOf('}');
        String cut = lastItemEnd < 0 ? body : body.substring(0, lastItemEnd + 1);
        StringBuilder closed = new StringBuilder(TRAILING_COMMA.matcher(cut).replaceAll("$1"));
        closers(closed.toString()).forEach(closed::append);
        return closed.toString();
    }

    private static boolean parsesAsIs(String body) {
        try {
            new ObjectMapper().readTree(body);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The brackets still open at the end of the text, innermost first, ignoring strings. */
    private static List<String> closers(String text) {
        ArrayList<Character> open = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                open.add(c);
            } else if ((c == '}' || c == ']') && !open.isEmpty()) {
                open.remove(open.size() - 1);
            }
        }
        List<String> result = new ArrayList<>();
        for (int i = open.size() - 1; i >= 0; i--) {
            result.add(open.get(i) == '{' ? "}" : "]");
        }
        return result;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
