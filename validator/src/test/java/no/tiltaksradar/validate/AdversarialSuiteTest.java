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
import no.tiltaksradar.model.SourceDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mutates every gold quote of the corpus and checks that no content change verifies and every
 * artefact-only change does. The judge here always agrees, so only citation is under test.
 */
class AdversarialSuiteTest {
    private static final MeasureJudge AGREEING = (quote, context, claimed) ->
            new Judgement(claimed == MeasureKind.GOAL ? JudgedKind.GOAL : JudgedKind.MEASURE, "citation test", "agree");

    private final Map<String, SourceDocument> documents = new java.util.LinkedHashMap<>();
    private final Map<String, List<CandidateMeasure>> gold = new java.util.LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void loadCorpus() {
        for (String name : CorpusPdfs.NAMES) {
            documents.put(name, CorpusPdfs.load(name));
            gold.put(name, CorpusPdfs.gold(name));
        }
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
        return new CandidateMeasure(record.document(), null, record.id(), record.kind(), null, foreign.quote(), record.page(),
                record.page(), null, -1, -1, null, List.of(), null, List.of(), null, List.of(), List.of(), null, 0, "test");
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
        return new CandidateMeasure(c.document(), c.documentSha256(), c.id(), c.kind(), c.name(), quote, c.page(), c.pageEnd(),
                c.pageLabel(), c.charStart(), c.charEnd(), c.section(), c.responsible(), c.ministry(), c.collaborators(),
                c.deadline(), c.technology(), c.purpose(), c.parent(), c.confidence(), c.proposer());
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
