package no.tiltaksradar.trends;

import java.util.List;

/**
 * The answer to a question over chosen documents: its sentences after the checks, and what was retrieved.
 *
 * @param writer {@code extractive} or the model's name
 */
public record Answer(String question, String writer, List<CheckedClaim> sentences, List<Passage> retrieved, CheckSummary summary) {
    public Answer {
        sentences = List.copyOf(sentences);
        retrieved = List.copyOf(retrieved);
    }
}
