package no.tiltaksradar.validate.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.SourceDocument;
import no.tiltaksradar.validate.CitationValidator;
import no.tiltaksradar.validate.CorpusPdfs;
import no.tiltaksradar.validate.MeasureJudge;
import no.tiltaksradar.validate.RuleMeasureJudge;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Verification throughput as the document grows: corpus pages concatenated to 100..800 pages
 * (copies after the first have each line's words shuffled, so the vocabulary grows like a real
 * document's while every gold quote stands once). Prints figures; asserts nothing about time.
 * Run with {@code -Dtest=VerificationBench}.
 */
@Tag("bench")
class VerificationBench {
    // the real rule judge: its reading of the quote and the context around it is part of each found quote's cost
    private static final MeasureJudge JUDGE = new RuleMeasureJudge();

    @Test
    void printsQuotesPerSecondAsDocumentDoubles() {
        List<String> pages = new ArrayList<>();
        List<CandidateMeasure> quotes = new ArrayList<>();
        for (String name : CorpusPdfs.NAMES) {
            SourceDocument document = CorpusPdfs.load(name);
            document.pages().forEach(page -> pages.add(page.text()));
            CorpusPdfs.gold(name).forEach(gold -> quotes.add(gold));
        }
        System.out.println(String.format(Locale.ROOT, "%6s %9s %9s %12s %12s %12s %12s",
                "pages", "chars", "index ms", "found q/s", "µs/found q", "mutated q/s", "µs/mutated q"));
        // two passes: the first warms the JIT, the second is the one to read
        for (int size : List.of(100, 200, 400, 800, 100, 200, 400, 800)) {
            run(grown(pages, size), quotes);
        }
    }

    private static void run(SourceDocument document, List<CandidateMeasure> gold) {
        List<CandidateMeasure> found = gold.stream().map(g -> at(g, document, g.quote())).toList();
        List<CandidateMeasure> mutated = gold.stream().map(g -> at(g, document, g.quote().replaceFirst(" ", " ikke "))).toList();
        long t0 = System.nanoTime();
        CitationValidator validator = CitationValidator.withJudges(List.of(document), JUDGE, null);
        validator.validate(found.get(0));
        long t1 = System.nanoTime();
        double foundSeconds = seconds(validator, found, 5);
        double mutatedSeconds = seconds(validator, mutated, 5);
        int n = found.size() * 5;
        System.out.println(String.format(Locale.ROOT, "%6d %9d %9.1f %12.0f %12.1f %12.0f %12.1f", document.pages().size(),
                document.text().length(), (t1 - t0) / 1e6, n / foundSeconds, foundSeconds * 1e6 / n,
                n / mutatedSeconds, mutatedSeconds * 1e6 / n));
    }

    // best of three trials, because the two shared cores make single runs noisy
    private static double seconds(CitationValidator validator, List<CandidateMeasure> candidates, int rounds) {
        double best = Double.MAX_VALUE;
        for (int trial = 0; trial < 3; trial++) {
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                candidates.forEach(validator::validate);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static CandidateMeasure at(CandidateMeasure g, SourceDocument document, String quote) {
        return CandidateMeasure.builder(document.fileName(), g.kind(), quote).id(g.id()).pages(g.page(), g.page())
                .proposer(0, "bench", null).build();
    }

    private static SourceDocument grown(List<String> pages, int size) {
        List<String> texts = new ArrayList<>();
        Random random = new Random(size);
        for (int i = 0; i < size; i++) {
            String page = pages.get(i % pages.size());
            texts.add(i < pages.size() ? page : shuffledLines(page, random));
        }
        return CorpusPdfs.document("bench-" + size + ".pdf", "0".repeat(63) + Integer.toHexString(size % 16), texts);
    }

    private static String shuffledLines(String page, Random random) {
        List<String> lines = new ArrayList<>();
        for (String line : page.split("\n")) {
            List<String> words = new ArrayList<>(List.of(line.split(" ")));
            Collections.shuffle(words, random);
            lines.add(String.join(" ", words));
        }
        return String.join("\n", lines);
    }
}
