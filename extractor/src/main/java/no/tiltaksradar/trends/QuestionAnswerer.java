package no.tiltaksradar.trends;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Answers a question over a chosen set of documents: each document searched on its own (retrieval cannot leave the set),
 * the sentence of each hit that best holds the question's words cut out verbatim and located on its page, the passages
 * merged across documents, an answer written from them, and every sentence of it checked.
 */
public final class QuestionAnswerer {
    static final int HITS_PER_DOCUMENT = 4;
    static final int PASSAGES = 6;

    private final PassageSearch search;
    private final AnswerWriter writer;
    private final String writerName;
    private final SupportJudge judge;

    public QuestionAnswerer(PassageSearch search, AnswerWriter writer, String writerName, SupportJudge judge) {
        this.search = search;
        this.writer = writer;
        this.writerName = writerName;
        this.judge = judge;
    }

    public static QuestionAnswerer extractive(PassageSearch search) {
        return new QuestionAnswerer(search, AnswerWriter.EXTRACTIVE, "extractive", SupportJudge.NONE);
    }

    /** @param chosen the chosen documents (with their text); no other document is searched or accepted as a source */
    public Answer answer(String question, TrendData chosen) throws IOException {
        List<Passage> passages = retrieve(question, chosen);
        List<Claim> claims = writer.write(question, passages);
        List<CheckedClaim> checked = new ClaimChecker(chosen, new FigureBook(chosen, List.of()), judge).check(claims);
        return new Answer(question, writerName, checked, passages, CheckSummary.of(checked));
    }

    private List<Passage> retrieve(String question, TrendData chosen) throws IOException {
        List<String> terms = RuleSupport.keyTermsOf(question);
        List<Scored> found = new ArrayList<>();
        for (TrendDocument d : chosen.documents()) {
            for (PassageSearch.Hit hit : search.search(d.id(), question, HITS_PER_DOCUMENT)) {
                bestSentence(hit, terms).ifPresent(s -> {
                    int page = Excerpts.locate(d, hit.pageStart(), hit.pageEnd(), s.text());
                    if (page > 0) {
                        found.add(new Scored(new Passage(d.id(), d.fileName(), page, d.page(page).map(TrendDocument.PageText::label)
                                .orElse(null), s.text(), hit.score()), s.matched()));
                    }
                });
            }
        }
        found.sort(Comparator.comparingInt(Scored::matched).reversed().thenComparing(s -> -s.passage().score()));
        return found.stream().map(Scored::passage).distinct().limit(PASSAGES).toList();
    }

    private record Scored(Passage passage, int matched) {
    }

    private record Sentence(String text, int matched) {
    }

    private static java.util.Optional<Sentence> bestSentence(PassageSearch.Hit hit, List<String> terms) {
        Sentence best = null;
        for (String sentence : Excerpts.sentences(hit.text())) {
            String line = Excerpts.oneLine(sentence);
            int matched = terms.size() - RuleSupport.missing(terms, line).size();
            if (line.length() >= 20 && matched > 0 && (best == null || matched > best.matched())) {
                best = new Sentence(line, matched);
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
