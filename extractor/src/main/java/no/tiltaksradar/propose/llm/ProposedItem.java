package no.tiltaksradar.propose.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One item of the model's answer, as the schema in {@code prompts/} defines it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProposedItem(String kind, String quote, String name, List<String> responsible,
                           String deadline, @JsonProperty("parent_quote") String parentQuote) {
    public ProposedItem {
        responsible = responsible == null ? List.of() : responsible.stream().filter(r -> r != null && !r.isBlank()).toList();
    }
}
