package no.tiltaksradar.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.tiltaksradar.model.CandidateMeasure;
import no.tiltaksradar.model.MeasureKind;
import org.junit.jupiter.api.Test;

class RuleMeasureJudgeTest {
    private final RuleMeasureJudge judge = new RuleMeasureJudge();

    private JudgedKind kind(String quote, String before) {
        return judge.judge(quote, before, MeasureKind.MEASURE).kind();
    }

    @Test
    void actorCommittingToActionIsAMeasure() {
        assertThat(kind("Artsdatabanken skal etablere et styringssystem for data.", "")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Det etableres en nettversjon av strategien.", "")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Utrede behovet for en felles løsning", "")).isEqualTo(JudgedKind.MEASURE);
        assertThat(kind("Rapport sendes departementet innen 1.6.2021.", "")).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void plainItemUnderMeasureListIsAMeasure() {
        assertThat(kind("felles komponenter for innbyggerdialog", "Regjeringen vil:\n")).isEqualTo(JudgedKind.MEASURE);
    }

    @Test
    void desiredStateIsAGoal() {
        assertThat(kind("Miljøetatene skal ha sikre og robuste IKT-system.", "")).isEqualTo(JudgedKind.GOAL);
        assertThat(kind("Brukerne opplever sammenhengende tjenester", "Delmål 2\n")).isEqualTo(JudgedKind.GOAL);
    }

    @Test
    void potentialAndDescriptionAreNeither() {
        assertThat(kind("Digitalisering kan bidra til bedre tjenester.", "")).isEqualTo(JudgedKind.POTENTIAL);
        assertThat(kind("Det er etablert en nasjonal felles datakatalog.", "")).isEqualTo(JudgedKind.DESCRIPTION);
    }

    @Test
    void backgroundWithoutSignalsIsUnclear() {
        assertThat(kind("Sektoren forvalter store mengder data.", "")).isEqualTo(JudgedKind.UNCLEAR);
    }

    /** Not a gate: prints how the offline validator judges the gold records in their documents, for the report. */
    @Test
    void printsAgreementWithGoldKinds() {
        Map<String, Integer> counts = new TreeMap<>();
        List<no.tiltaksradar.model.SourceDocument> documents = CorpusPdfs.NAMES.stream().map(CorpusPdfs::load).toList();
        CitationValidator validator = CitationValidator.offline(documents);
        for (String name : CorpusPdfs.NAMES) {
            for (CandidateMeasure record : CorpusPdfs.gold(name)) {
                Verdict asLabelled = validator.validate(record);
                counts.merge("gold " + record.kind().jsonName() + " labelled " + record.kind().jsonName() + " -> "
                        + asLabelled.status() + " (rule " + (asLabelled.ruleJudgement() == null ? "-" : asLabelled.ruleJudgement().kind()) + ")", 1, Integer::sum);
                if (record.kind() == MeasureKind.GOAL) {
                    counts.merge("gold goal mislabelled measure -> "
                            + validator.validate(record.withKind(MeasureKind.MEASURE)).status(), 1, Integer::sum);
                }
            }
        }
        counts.forEach((key, count) -> System.out.println(key + ": " + count));
        assertThat(counts).isNotEmpty();
    }
}
