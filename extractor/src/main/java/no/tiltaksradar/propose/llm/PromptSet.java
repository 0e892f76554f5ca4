package no.tiltaksradar.propose.llm;

import java.util.Map;

/**
 * One versioned prompt: system text, user template and the JSON schema of the answer.
 *
 * @param version the folder name, recorded in every candidate's proposer id
 */
public record PromptSet(String name, String version, String system, String userTemplate, String schema) {

    static final String OPEN = "<<<DOCUMENT_TEXT";
    static final String CLOSE = "DOCUMENT_TEXT>>>";

    /** The user message: placeholders filled, delimiters in the document text defused. */
    public String user(Map<String, String> values) {
        String text = userTemplate;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!entry.getKey().equals("chunk_text") && !entry.getKey().equals("numbered_sentences")) {
                text = text.replace("{{" + entry.getKey() + "}}", entry.getValue() == null ? "" : entry.getValue());
            }
        }
        // the document text goes in last, so placeholders written in it stay text
        return text.replace("{{chunk_text}}", defuse(values.getOrDefault("chunk_text", "")))
                .replace("{{numbered_sentences}}", defuse(values.getOrDefault("numbered_sentences", "")));
    }

    /** Whether this prompt sends the excerpt as numbered sentences and expects sentence ids back (v2). */
    public boolean numbersSentences() {
        return userTemplate.contains("{{numbered_sentences}}");
    }

    // document text must not be able to close its own data block and speak as the prompt
    private static String defuse(String documentText) {
        return documentText.replace(OPEN, "< < <DOCUMENT_TEXT").replace(CLOSE, "DOCUMENT_TEXT> > >");
    }
}
