package no.tiltaksradar.propose.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import no.tiltaksradar.language.Lexicon;
import no.tiltaksradar.model.MeasureKind;
import org.junit.jupiter.api.Test;

/** Each reading rule on its own, in sentences written for these tests. */
class ReadingRulesTest {
    private final Lexicon lexicon = Lexicon.norwegian();
    private final Gazetteer gazetteer = Gazetteer.load();

    private static Clause prose(String text) {
        return new Clause(text, ListContext.NEUTRAL, false);
    }

    private static Clause item(String text, ListContext context) {
        return new Clause(text, context, true);
    }

    private static Optional<MeasureKind> kind(Optional<ReadingRule.Verdict> verdict) {
        return verdict.orElseThrow(() -> new AssertionError("the rule had no opinion")).reading().map(CommitmentClassifier.Reading::kind);
    }

    @Test
    void listedMeasureRuleTakesAnyItemUnderAMeasureHeadingButSaysNothingElsewhere() {
        ListedMeasureRule rule = new ListedMeasureRule();
        assertThat(kind(rule.decide(item("Felles innlogging for kulturtilbud i fylket", ListContext.MEASURES)))).contains(MeasureKind.MEASURE);
        assertThat(rule.decide(item("Felles innlogging for kulturtilbud i fylket", ListContext.NEUTRAL))).isEmpty();
    }

    @Test
    void reportedSpeechRuleRejectsQuotationsPastTenseAndHabits() {
        ReportedSpeechRule rule = new ReportedSpeechRule();
        assertThat(kind(rule.decide(prose("«Fylket skal utvikle en ny portal», heter det i planen.")))).isEmpty();
        assertThat(kind(rule.decide(prose("Havforskningsinstituttet har bygget en ny datamodell.")))).isEmpty();
        assertThat(kind(rule.decide(prose("Kommunene får stadig flere henvendelser på nett.")))).isEmpty();
        assertThat(rule.decide(prose("Havforskningsinstituttet skal bygge en ny datamodell."))).isEmpty();
    }

    @Test
    void reportingItemRuleRejectsAPastResultAfterAModalLeadIn() {
        ReportingItemRule rule = new ReportingItemRule(lexicon);
        assertThat(kind(rule.decide(item("ordningen har gitt færre klager", ListContext.LIKELY_MEASURES)))).isEmpty();
        assertThat(rule.decide(item("ordningen skal gi færre klager", ListContext.LIKELY_MEASURES))).isEmpty();
    }

    @Test
    void listedByContextRuleReadsItemsAsTheirLeadInOrGoalCaptionSays() {
        ListedByContextRule rule = new ListedByContextRule();
        assertThat(kind(rule.decide(item("kartlegge behovet i fylkene", ListContext.LIKELY_MEASURES)))).contains(MeasureKind.MEASURE);
        assertThat(kind(rule.decide(item("trygge digitale tjenester for alle", ListContext.GOALS)))).contains(MeasureKind.GOAL);
        assertThat(rule.decide(prose("trygge digitale tjenester for alle"))).isEmpty();
    }

    @Test
    void goalOpeningRuleReadsAGoalNounWithErAsAGoalInBothStandards() {
        GoalOpeningRule rule = new GoalOpeningRule();
        assertThat(kind(rule.decide(prose("Målet er at fylkene skal dele kartdata fritt.")))).contains(MeasureKind.GOAL);
        assertThat(kind(rule.decide(prose("Hovudmålet vert at alle får svar på ein dag.")))).contains(MeasureKind.GOAL);
        assertThat(rule.decide(prose("Målbildet for fylket beskrives i kapittel 3."))).isEmpty();
    }

    @Test
    void goalCaptionStatementRuleReadsAModalStatementUnderAGoalCaptionAsAGoalWhateverItsVerb() {
        GoalCaptionStatementRule rule = new GoalCaptionStatementRule(lexicon);
        Clause underCaption = new Clause("Pasientane skal få svar på søknaden same dag.", ListContext.GOALS, false);
        assertThat(kind(rule.decide(underCaption))).contains(MeasureKind.GOAL);
        assertThat(kind(rule.decide(new Clause("Fiskerne skal bare melde fangsten én gang.", ListContext.GOALS, false))))
                .contains(MeasureKind.GOAL);
        assertThat(rule.decide(new Clause("Måla er vedtekne av fylkestinget.", ListContext.GOALS, false)))
                .as("an aside without a modal sets no goal").isEmpty();
        assertThat(rule.decide(prose("Pasientane skal få svar på søknaden same dag."))).as("outside a goal caption").isEmpty();
        assertThat(rule.decide(new Clause("Nye verktøy gjer at alle tilsette må lære meir.", ListContext.GOALS, false)))
                .as("the modal of a subordinate clause").isEmpty();
        assertThat(rule.decide(new Clause("Når skulane deler data, vil lærarane bruke mindre tid.", ListContext.GOALS, false)))
                .as("a modal after a fronted subordinate clause is read by the other rules").isEmpty();
    }

    @Test
    void aSectionNumberIsNoWordOfTheCaptionThatGovernsAList() {
        assertThat(ListContext.of("3 Tiltak")).isEqualTo(ListContext.MEASURES);
        assertThat(ListContext.of("4.2 Tiltaka")).isEqualTo(ListContext.MEASURES);
        assertThat(ListContext.of("2 Mål")).isEqualTo(ListContext.GOALS);
        assertThat(ListContext.of("5 Hovudmål for fylket")).isEqualTo(ListContext.GOALS);
        assertThat(ListContext.of("3 Bakgrunn")).isEqualTo(ListContext.NEUTRAL);
    }

    @Test
    void questionRuleReadsNoQuestionAsAMeasureWhateverItsModalOrHeading() {
        QuestionRule rule = new QuestionRule();
        assertThat(kind(rule.decide(item("Bør fylket kjøpe inn felles nettbrett til skolene?", ListContext.MEASURES)))).isEmpty();
        assertThat(kind(rule.decide(prose("Korleis skal hamnene dele data med kvarandre?")))).isEmpty();
        assertThat(rule.decide(prose("Hamnevesenet skal dele data med kystverket."))).isEmpty();
    }

    @Test
    void namedObjectItemRuleTellsTargetGroupsAndTopicsFromActionsAfterAModalLeadIn() {
        NamedObjectItemRule rule = new NamedObjectItemRule(lexicon);
        assertThat(kind(rule.decide(item("pendlarar med lang reiseveg", ListContext.LIKELY_MEASURES)))).as("a group of people").isEmpty();
        assertThat(kind(rule.decide(item("tilgang til høghastigheitsnett i grendene", ListContext.LIKELY_MEASURES)))).as("a topic").isEmpty();
        assertThat(rule.decide(item("kartleggje behovet for ladepunkt", ListContext.LIKELY_MEASURES))).as("a verb phrase").isEmpty();
        assertThat(rule.decide(item("jevnlig oppdatering av adresseregisteret", ListContext.LIKELY_MEASURES))).as("an action noun").isEmpty();
        assertThat(rule.decide(item("digitalisering av byggesaksarkiva", ListContext.LIKELY_MEASURES))).as("an action noun").isEmpty();
        assertThat(rule.decide(item("pendlarar med lang reiseveg", ListContext.MEASURES))).as("under 'Tiltak' any form is a measure").isEmpty();
    }

    @Test
    void theCaptionWordAsTheSubjectOfAModalClauseIsNoCaption() {
        assertThat(ListContext.of("Tiltaka skal mellom anna bidra til:")).isEqualTo(ListContext.NEUTRAL);
        assertThat(ListContext.of("Tiltakene skal gjennomføres ved:")).isEqualTo(ListContext.LIKELY_MEASURES);
        assertThat(ListContext.of("Tiltak i planperioden:")).isEqualTo(ListContext.MEASURES);
    }

    @Test
    void aConnectiveBetweenTheModalAndTheColonKeepsTheLeadInAMeasureLeadIn() {
        assertThat(ListContext.of("Fylket vil derfor:")).isEqualTo(ListContext.MEASURES);
        assertThat(ListContext.of("Regjeringa vil òg:")).isEqualTo(ListContext.MEASURES);
        assertThat(ListContext.of("Kommunen vil i tillegg:")).isEqualTo(ListContext.MEASURES);
    }

    @Test
    void anOfficeNamedInTheDefiniteIsAnActor() {
        ModalCommitmentRule rule = new ModalCommitmentRule(lexicon, new ActorCheck(gazetteer));
        assertThat(kind(rule.decide(prose("Kommunedirektøren skal etablere et internt kontrollsystem for arkivet.")))).contains(MeasureKind.MEASURE);
        assertThat(kind(rule.decide(prose("Hamnesjefen vil utarbeide ein ny beredskapsplan.")))).contains(MeasureKind.MEASURE);
    }

    @Test
    void datedPassiveRuleReadsAScheduledActionOnAThingAsAMeasureInBothStandards() {
        DatedPassiveRule rule = new DatedPassiveRule(lexicon);
        assertThat(kind(rule.decide(prose("Tilskotsordninga skal evaluerast innan 2031.")))).contains(MeasureKind.MEASURE);
        assertThat(kind(rule.decide(prose("Kartgrunnlaget skal oppdateres innen utgangen av 2029.")))).contains(MeasureKind.MEASURE);
        assertThat(rule.decide(prose("Kartgrunnlaget skal oppdateres jevnlig."))).as("no deadline: a wish").isEmpty();
        assertThat(rule.decide(prose("Fylkeskommunen skal informeres innen 2029."))).as("a body as subject receives").isEmpty();
    }

    @Test
    void anInlineGoalLabelGovernsTheStatementAfterItsColon() {
        assertThat(ParagraphMeasures.inlineGoalLabelEnd("Visjon: Ingen skal stå utan bustad.")).isEqualTo("Visjon: ".length());
        assertThat(ParagraphMeasures.inlineGoalLabelEnd("Hovudmål: Alle skal ha bustad.")).isEqualTo("Hovudmål: ".length());
        assertThat(ParagraphMeasures.inlineGoalLabelEnd("Merk: Tala gjeld 2026.")).isEqualTo(-1);
    }

    @Test
    void aLeadInEndingInADeterminedGoalOrMeasureNounNamesItsItems() {
        assertThat(ListContext.of("Fylket har sett seg desse tre måla:")).isEqualTo(ListContext.GOALS);
        assertThat(ListContext.of("Strategien har fem hovedmål:")).isEqualTo(ListContext.GOALS);
        assertThat(ListContext.of("Handlingsplanen omfatter følgende tiltak:")).isEqualTo(ListContext.MEASURES);
        assertThat(ListContext.of("Planen har fire innsatsområde:")).isEqualTo(ListContext.NEUTRAL);
        assertThat(ListContext.of("Vi stilte desse spørsmål:")).as("'spørsmål' is no goal word").isEqualTo(ListContext.NEUTRAL);
    }

    @Test
    void theAuthorsFirstPersonPluralIsAnActorWhenTheCommitmentIsDated() {
        ModalCommitmentRule rule = new ModalCommitmentRule(lexicon, new ActorCheck(gazetteer));
        assertThat(kind(rule.decide(prose("Vi skal opprette eit felles servicesenter innan 2030.")))).contains(MeasureKind.MEASURE);
        assertThat(kind(rule.decide(prose("Innan 2030 vil vi lansere ein ny nettstad for innbyggjarane.")))).contains(MeasureKind.MEASURE);
        assertThat(kind(rule.decide(prose("Vi vil bruke spørjeskjema i kartlegginga.")))).as("a method, undated").isEmpty();
    }

    @Test
    void impersonalPassiveRuleTakesVerbsOfStartingInBokmaalAndNynorsk() {
        ImpersonalPassiveRule rule = new ImpersonalPassiveRule();
        assertThat(kind(rule.decide(prose("Det opprettes et fagråd for geodata.")))).contains(MeasureKind.MEASURE);
        assertThat(kind(rule.decide(prose("Det opprettast eit fagråd for geodata.")))).contains(MeasureKind.MEASURE);
        assertThat(rule.decide(prose("Det brukes mye tid på manuelle rutiner."))).isEmpty();
    }

    @Test
    void publisherPresentRuleTakesOnlyThePublishersOwnComingWork() {
        PublisherPresentRule rule = new PublisherPresentRule(List.of("Fylkesrådet"), lexicon);
        assertThat(kind(rule.decide(prose("Fylkesrådet utarbeider en plan for åpne data.")))).contains(MeasureKind.MEASURE);
        assertThat(rule.decide(prose("Kartverket utarbeider en plan for åpne data."))).isEmpty();
    }

    @Test
    void modalCommitmentRuleWantsAnActorAModalOfTheMainClauseAndAnActionVerb() {
        ModalCommitmentRule rule = new ModalCommitmentRule(lexicon, new ActorCheck(gazetteer));
        assertThat(kind(rule.decide(prose("Kartverket skal etablere en ny tjeneste for eiendomsdata innen 2028."))))
                .contains(MeasureKind.MEASURE);
        assertThat(kind(rule.decide(prose("Det skal utgreiast ei ny ordning for arkiv.")))).as("Nynorsk s-passive, actor open")
                .contains(MeasureKind.MEASURE);
        assertThat(kind(rule.decide(prose("Tjenestene skal være lette å finne.")))).as("stative verb").contains(MeasureKind.GOAL);
        assertThat(kind(rule.decide(prose("Tenestene skal vere lette å finne.")))).as("Nynorsk stative").contains(MeasureKind.GOAL);
        assertThat(kind(rule.decide(prose("Planen skal beskrive hvordan arbeidet organiseres.")))).as("a thing, no actor").isEmpty();
        assertThat(kind(rule.decide(prose("Virksomhetene må sørge for god opplæring.")))).as("må in prose is a need").isEmpty();
    }

    @Test
    void modalCommitmentRuleSkipsAModalInsideASubordinateClause() {
        ModalCommitmentRule rule = new ModalCommitmentRule(lexicon, new ActorCheck(gazetteer));
        assertThat(rule.decide(prose("Rapporten viser hvordan kommunene skal utvikle tjenestene."))).as("no commitment in it").isEmpty();
    }

    @Test
    void classifierAsksTheRulesInOrder() {
        CommitmentClassifier classifier = new CommitmentClassifier(lexicon, List.of(), gazetteer);
        // a measure heading wins over the past tense the item is written in
        assertThat(classifier.read("Har utviklet en ny modell", ListContext.MEASURES, true)).get()
                .extracting(CommitmentClassifier.Reading::kind).isEqualTo(MeasureKind.MEASURE);
        assertThat(classifier.read("Fylket har utviklet en ny modell.", ListContext.NEUTRAL, false)).isEmpty();
    }

    @Test
    void requirementRuleTakesAnImposedRequirementEvenWithMaa() {
        RequirementRule rule = new RequirementRule();
        assertThat(kind(rule.decide(prose("Derfor må det stilles krav til leverandørene om åpne grensesnitt.")))).contains(MeasureKind.MEASURE);
        assertThat(kind(rule.decide(prose("Det bør vere krav om opplæring for nye tilsette.")))).contains(MeasureKind.MEASURE);
        assertThat(rule.decide(prose("Kravene til leverandørene er strenge."))).isEmpty();
    }

    @Test
    void directionGoalRuleReadsHeadingTowardsAsAGoal() {
        DirectionGoalRule rule = new DirectionGoalRule();
        assertThat(kind(rule.decide(prose("Fylkene bør bevege seg mot felles løsninger for arkiv.")))).contains(MeasureKind.GOAL);
        assertThat(kind(rule.decide(prose("Kommunane skal ha som mål å svare innan ei veke.")))).contains(MeasureKind.GOAL);
        assertThat(rule.decide(prose("Fylkene bør flytte arkivet til en felles løsning."))).isEmpty();
    }
}
