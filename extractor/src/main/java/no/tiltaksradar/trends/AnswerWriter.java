package no.tiltaksradar.trends;

import java.util.List;

/** Writes an answer's sentences from retrieved passages, each citing the passages it rests on. */
@FunctionalInterface
public interface AnswerWriter {

    /** @param passages retrieved from the chosen documents only, best first */
    List<Claim> write(String question, List<Passage> passages);

    /** Without a model: the best passages' own sentences, verbatim, each citing itself. */
    AnswerWriter EXTRACTIVE = (question, passages) -> passages.stream().limit(3).map(p -> Claim.answer(p.text(), List.of(p))).toList();
}
