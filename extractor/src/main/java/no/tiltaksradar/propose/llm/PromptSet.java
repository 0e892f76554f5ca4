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
            String value = entry.getKey().equals("chunk_text") ? defuse(entry.getValue()) : entry.getValue();
            text = text.replace("{{" + entry.getKey() + "}}", value == null ? "" : value);
        }
        return text;
    }

    // document text must not be able to close its own data block and speak as the prompt
    private static String defuse(String documentText) {
        return documentText.replace(OPEN, "< < <DOCUMENT_TEXT").replace(CLOSE, "DOCUMENT_TEXT> > >");
    }
}
