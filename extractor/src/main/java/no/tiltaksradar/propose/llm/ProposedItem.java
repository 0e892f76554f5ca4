package no.tiltaksradar.propose.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One item of the model's answer, as the schema in {@code prompts/} defines it: v1 quotes, v2 names
 * sentence ids, v3 also names a table row by its id and the column ({@code column}, its header) that states the item.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProposedItem(String kind, String quote, String name, List<String> responsible,
                           String deadline, @JsonProperty("parent_quote") String parentQuote,
                           List<String> sentences, @JsonProperty("parent_sentences") List<String> parentSentences,
                           String column) {
    public ProposedItem {
        responsible = responsible == null ? List.of() : responsible.stream().filter(r -> r != null && !r.isBlank()).toList();
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        parentSentences = parentSentences == null ? List.of() : List.copyOf(parentSentences);
    }

    /** This item with its quote and parent cut from the excerpt by code (v2 answers name sentence ids). */
    ProposedItem withQuotes(String newQuote, String newParentQuote) {
        return new ProposedItem(kind, newQuote, name, responsible, deadline, newParentQuote, sentences, parentSentences, column);
    }

    /** This item with the fields a table row's own cells state, in place of the model's suggestion. */
    ProposedItem withFields(List<String> newResponsible, String newDeadline) {
        return new ProposedItem(kind, quote, name, newResponsible, newDeadline, parentQuote, sentences, parentSentences, column);
    }
}
