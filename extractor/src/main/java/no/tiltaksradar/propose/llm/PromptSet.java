package no.tiltaksradar.propose.llm;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned prompt: system text, user template and the JSON schema of the answer.
 *
 * @param version the folder name, recorded in every candidate's proposer id
 */
public record PromptSet(String name, String version, String system, String userTemplate, String schema) {

    static final String OPEN = "<<<DOCUMENT_TEXT";
    static final String CLOSE = "DOCUMENT_TEXT>>>";
    /** Placeholders that carry document text: filled last and defused. */
    private static final List<String> DOCUMENT_TEXT = List.of("chunk_text", "numbered_sentences", "numbered_excerpt");
    private static final Pattern DOCUMENT_PLACEHOLDER =
            Pattern.compile("\\{\\{(" + String.join("|", DOCUMENT_TEXT) + ")\\}\\}");

    /** The user message: placeholders filled, delimiters in the document text defused. */
    public String user(Map<String, String> values) {
        String text = userTemplate;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!DOCUMENT_TEXT.contains(entry.getKey())) {
                text = text.replace("{{" + entry.getKey() + "}}", entry.getValue() == null ? "" : entry.getValue());
            }
        }
        // the document text goes in last and in one pass, so a placeholder written in the document text is never filled
        return DOCUMENT_PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                defuse(values.getOrDefault(m.group(1), ""))));
    }

    /** Whether this prompt sends the excerpt as numbered units and expects their ids back (v2 and later). */
    public boolean numbersSentences() {
        return userTemplate.contains("{{numbered_sentences}}") || numbersTableRows();
    }

    /** Whether this prompt also sends each table row as one unit with its header (v3). */
    public boolean numbersTableRows() {
        return userTemplate.contains("{{numbered_excerpt}}");
    }

    // document text must not be able to close its own data block and speak as the prompt
    private static String defuse(String documentText) {
        return documentText.replace(OPEN, "< < <DOCUMENT_TEXT").replace(CLOSE, "DOCUMENT_TEXT> > >");
    }
}
