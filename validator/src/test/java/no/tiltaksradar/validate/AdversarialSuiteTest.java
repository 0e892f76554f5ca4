package no.tiltaksradar.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import no.tiltaksradar.ingest.PdfBoxIngester;
import no.tiltaksradar.model.SourceDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The corpus through the real ingester: every gold quote verifies on its gold page; no content
 * mutation of a gold quote verifies and every artefact-only variant does (there a judge that always
 * agrees keeps the kind out of it); and the rule judge catches gold goals and potentials and
 * descriptions made from gold measures submitted as measures, while keeping the gold measures.
 * A validator that rejects everything fails the first and last; one that accepts everything, the
 * mutation and kind tests.
 */
class AdversarialSuiteTest {
    private static final MeasureJudge AGREEING = (quote, claimed) ->
            new Judgement(claimed == MeasureKind.GOAL ? JudgedKind.GOAL : JudgedKind.MEASURE, "citation test", "agree");

    private final Map<String, SourceDocument> documents = new java.util.LinkedHashMap<>();
    private final Map<String, List<CandidateMeasure>> gold = new java.util.LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void loadCorpus() throws Exception {
        // the real ingester, as extract and validate run it
        PdfBoxIngester ingester = new PdfBoxIngester();
        for (String name : CorpusPdfs.NAMES) {
            documents.put(name, ingester.ingest(CorpusPdfs.corpus().resolve("pdf/" + name + ".pdf")));
            gold.put(name, CorpusPdfs.gold(name));
        }
    }

    @Test
    void everyGoldQuoteVerifiesOnItsGoldPage() {
        CitationValidator validator = CitationValidator.withJudges(List.copyOf(documents.values()), AGREEING, null);
        List<String> misses = new ArrayList<>();
        int total = 0;
        for (List<CandidateMeasure> records : gold.values()) {
            for (CandidateMeasure record : records) {
                total++;
                Verdict verdict = validator.validate(record);
                if (!verdict.status().onCitedPage() || verdict.page() != record.page() || verdict.overall() != OverallStatus.VERIFIED) {
                    misses.add(record.id() + " page " + record.page() + ": " + verdict.status() + " p" + verdict.page() + " " + verdict.reviewReasons());
                }
            }
        }
        assertThat(total).isEqualTo(127);
        assertThat(misses).as("gold quotes not verified on their page").isEmpty();
    }

    /**
     * Gold goals, and gold measures rewritten as potentials or reports, submitted as measures must
     * not pass; gold measures must. Figures per kind go to target/adversarial-kinds.txt.
     */
    @Test
    void ruleJudgeCatchesGoalsAndPotentialsAndKeepsMeasures() throws Exception {
        RuleMeasureJudge judge = new RuleMeasureJudge();
        Map<KindCases.Kind, int[]> figures = new EnumMap<>(KindCases.Kind.class);
        List<String> wrong = new ArrayList<>();
        CitationValidator locator = CitationValidator.withJudges(List.copyOf(documents.values()), AGREEING, null);
        for (String name : gold.keySet()) {
            IndexedDocument document = new IndexedDocument(documents.get(name), new TextNormalizer());
            for (KindCases.Case c : KindCases.of(gold.get(name))) {
                Verdict located = locator.validate(c.source());
                // the context the validator gives its judges, around the gold quote's place
                Location at = new Location(located.page(), located.pageEnd(), null, located.charStart(), located.charEnd());
                QuoteInContext quote = new QuoteInContext(c.quote(), at.before(document, CitationValidator.CONTEXT_BEFORE),
                        at.after(document, CitationValidator.CONTEXT_AFTER));
                Judgement judgement = judge.judge(quote, MeasureKind.MEASURE);
                boolean right = (c.kind() == KindCases.Kind.TRUE_MEASURE) == (judgement.kind() == JudgedKind.MEASURE);
                int[] counts = figures.computeIfAbsent(c.kind(), k -> new int[2]);
                counts[0] += right ? 1 : 0;
                counts[1]++;
                if (!right) {
                    wrong.add(c.kind() + " " + c.source().id() + " read " + judgement.kind() + " (" + judgement.reason() + "): " + c.quote());
                }
            }
        }
        StringBuilder report = new StringBuilder("kind case          right/total  share\n");
        figures.forEach((kind, n) -> report.append(String.format(java.util.Locale.ROOT, "%-18s %5d/%-5d %6.1f %%%n", kind, n[0], n[1],
                100.0 * n[0] / n[1])));
        report.append(String.join("\n", wrong)).append('\n');
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/adversarial-kinds.txt"), report);
        assertThat(share(figures, KindCases.Kind.GOAL)).as("goals caught").isGreaterThanOrEqualTo(0.90);
        assertThat(share(figures, KindCases.Kind.POTENTIAL)).as("potentials caught").isGreaterThanOrEqualTo(0.90);
        assertThat(share(figures, KindCases.Kind.DESCRIPTION)).as("descriptions caught").isGreaterThanOrEqualTo(0.90);
        assertThat(share(figures, KindCases.Kind.TRUE_MEASURE)).as("true measures kept").isGreaterThanOrEqualTo(0.97);
    }

    private static double share(Map<KindCases.Kind, int[]> figures, KindCases.Kind kind) {
        int[] n = figures.get(kind);
        assertThat(n).as(kind + " cases").isNotNull();
        return (double) n[0] / n[1];
    }

    @Test
    void noMutationVerifiesAndEveryArtefactVariantDoes() throws Exception {
        CitationValidator validator = CitationValidator.withJudges(List.copyOf(documents.values()), AGREEING, null);
        StatusTally tally = new StatusTally();
        Map<ValidationStatus, Integer> baseline = new EnumMap<>(ValidationStatus.class);
        List<String> names = List.copyOf(gold.keySet());
        for (int d = 0; d < names.size(); d++) {
            List<CandidateMeasure> records = gold.get(names.get(d));
            List<CandidateMeasure> otherGold = gold.get(names.get((d + 1) % names.size()));
            for (int i = 0; i < records.size(); i++) {
                CandidateMeasure record = records.get(i);
                Verdict base = validator.validate(record);
                baseline.merge(base.status(), 1, Integer::sum);
                if (base.status() != ValidationStatus.VERIFIED && base.status() != ValidationStatus.VERIFIED_FUZZY) {
                    failures.add("baseline " + record.id() + " " + base.status() + " " + base.reasons());
                }
                for (Variant variant : Mutations.of(record, records.get((i + 1) % records.size()))) {
                    check(validator, tally, record, variant);
                }
                check(validator, tally, otherDocument(record, otherGold.get(i % otherGold.size())),
                        new Variant(Variant.Kind.OTHER_DOCUMENT, otherGold.get(i % otherGold.size()).quote()));
                if (base.status().quoteFound()) {
                    CandidateMeasure located = record.withLocation(base.page(), base.pageEnd(), null, -1, -1);
                    for (Variant variant : Artefacts.of(record.quote())) {
                        check(validator, tally, located, variant);
                    }
                }
            }
        }
        report(tally, baseline);
        for (Variant.Kind kind : Variant.Kind.values()) {
            assertThat(tally.passed(kind)).as(kind + " failures: " + failuresOf(kind)).isEqualTo(tally.total(kind));
        }
    }

    private static CandidateMeasure otherDocument(CandidateMeasure record, CandidateMeasure foreign) {
        return CandidateMeasure.builder(record.document(), record.kind(), foreign.quote()).id(record.id())
                .pages(record.page(), record.page()).proposer(0, "test", null).build();
    }

    private void check(CitationValidator validator, StatusTally tally, CandidateMeasure record, Variant variant) {
        CandidateMeasure candidate = withQuote(record, variant.quote());
        Verdict verdict = validator.validate(candidate);
        tally.add(variant.kind(), verdict);
        boolean verified = verdict.status() == ValidationStatus.VERIFIED || verdict.status() == ValidationStatus.VERIFIED_FUZZY;
        if (verified != variant.kind().artefact || verdict.status() == ValidationStatus.WRONG_PAGE) {
            failures.add(variant.kind() + " " + record.id() + " " + verdict.status() + ": " + variant.quote().replace("\n", "\\n"));
        }
    }

    private static CandidateMeasure withQuote(CandidateMeasure c, String quote) {
        return c.withQuote(quote);
    }

    private List<String> failuresOf(Variant.Kind kind) {
        return failures.stream().filter(f -> f.startsWith(kind + " ")).toList();
    }

    private void report(StatusTally tally, Map<ValidationStatus, Integer> baseline) throws Exception {
        String text = "Adversarial suite over " + gold.values().stream().mapToInt(List::size).sum() + " gold quotes\n"
                + "gold quotes as given: " + baseline + "\n" + tally.table()
                + String.join("\n", failures) + "\n";
        System.out.println(text);
        Path out = Path.of("target/adversarial-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
