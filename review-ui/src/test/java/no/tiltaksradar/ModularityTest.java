package no.tiltaksradar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fails when a stage reaches downstream: data and imports flow one way (STYLE.md). */
class ModularityTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // the extractor's test-jar holds tests too
                .importPackages("no.tiltaksradar");
    }

    @Test
    void modelDependsOnNoStage() {
        noClasses().that().resideInAPackage("no.tiltaksradar.model..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesExcept("model"))
                .check(classes);
    }

    @Test
    void sharedLexiconDependsOnNoStage() {
        noClasses().that().resideInAPackage("no.tiltaksradar.language..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesExcept("language"))
                .check(classes);
    }

    @Test
    void ingestSeesOnlyTheModel() {
        noClasses().that().resideInAPackage("no.tiltaksradar.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesExcept("model", "ingest"))
                .check(classes);
    }

    @Test
    void layoutSeesOnlyIngestTheModelAndTheLexicon() {
        noClasses().that().resideInAPackage("no.tiltaksradar.layout..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesExcept("model", "ingest", "language", "layout"))
                .check(classes);
    }

    @Test
    void chunkAndIndexSeeOnlyUpstream() {
        noClasses().that().resideInAPackage("no.tiltaksradar.chunk..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesExcept("model", "ingest", "layout", "language", "chunk"))
                .check(classes);
        noClasses().that().resideInAPackage("no.tiltaksradar.index..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesExcept("model", "ingest", "layout", "language", "chunk", "index"))
                .check(classes);
    }

    @Test
    void proposersNeverSeeTheValidatorOrTheApplication() {
        noClasses().that().resideInAPackage("no.tiltaksradar.propose..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesExcept("model", "ingest", "layout", "chunk", "index", "propose", "language"))
                .check(classes);
    }

    @Test
    void validatorReReadsTheDocumentAndNeverSeesChunksOrProposers() {
        noClasses().that().resideInAPackage("no.tiltaksradar.validate..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesExcept("model", "ingest", "validate", "language"))
                .check(classes);
    }

    @Test
    void libraryModulesArePlainJava() {
        noClasses().that().resideInAnyPackage("no.tiltaksradar.model..", "no.tiltaksradar.ingest..", "no.tiltaksradar.chunk..",
                        "no.tiltaksradar.index..", "no.tiltaksradar.propose..", "no.tiltaksradar.validate..",
                        "no.tiltaksradar.evaluate..", "no.tiltaksradar.language..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void evaluationSeesOnlyTheModelAndTheLayoutItScoresBy() {
        // scoring per layout kind files each gold record under the block it stands in: layout, never a proposer
        noClasses().that().resideInAPackage("no.tiltaksradar.evaluate..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesExcept("model", "ingest", "layout", "language", "evaluate"))
                .check(classes);
    }

    @Test
    void onlyTheOrchestratorKnowsTheStageOrderAndItKnowsNoApplication() {
        noClasses().that().resideInAPackage("no.tiltaksradar.job..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesExcept("model", "ingest", "chunk", "index", "propose",
                        "validate", "job"))
                .check(classes);
        // a feature or a command that wants the pipeline asks job/, never two stages itself
        noClasses().that().resideInAnyPackage(packages("cli", "server", "user", "audit", "document", "run", "candidate", "review",
                        "register", "web"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("chunk", "index", "propose.pattern", "propose.llm"))
                .check(classes);
    }

    @Test
    void featuresDependDownstreamOnly() {
        noClasses().that().resideInAnyPackage(packages("web", "audit", "user"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("document", "run", "candidate", "review", "register"))
                .check(classes);
        noClasses().that().resideInAnyPackage(packages("document", "candidate"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("run", "review", "register"))
                .check(classes);
        noClasses().that().resideInAnyPackage(packages("run", "review"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("register"))
                .check(classes);
        noClasses().that().resideInAnyPackage(packages("review", "register"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("run"))
                .check(classes);
    }

    @Test
    void benchmarksAreReachedOnlyFromTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("no.tiltaksradar.cli..", "no.tiltaksradar.bench..", "no.tiltaksradar.system..")
                .should().dependOnClassesThat().resideInAPackage("no.tiltaksradar.bench..")
                .check(classes);
    }

    @Test
    void commandLineWiringAndServerAreLeaves() {
        noClasses().that().resideOutsideOfPackages("no.tiltaksradar.cli..", "no.tiltaksradar")
                .should().dependOnClassesThat().resideInAPackage("no.tiltaksradar.cli..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("no.tiltaksradar.system..")
                .should().dependOnClassesThat().resideInAPackage("no.tiltaksradar.system..")
                .check(classes);
        // the command line starts the server; nothing else reaches into its wiring
        noClasses().that().resideOutsideOfPackages("no.tiltaksradar.server..", "no.tiltaksradar.cli..")
                .should().dependOnClassesThat().resideInAPackage("no.tiltaksradar.server..")
                .check(classes);
    }

    @Test
    void noClassDependsOnAController() {
        noClasses().that().haveSimpleNameNotEndingWith("Controller")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Controller")
                .check(classes);
    }

    private static String[] packages(String... names) {
        return java.util.Arrays.stream(names).map(name -> "no.tiltaksradar." + name + "..").toArray(String[]::new);
    }

    private static String[] stagesExcept(String... allowed) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("model", "language", "ingest", "layout", "chunk", "index", "propose",
                "validate", "evaluate", "job", "cli", "system", "bench", "review", "register", "export", "trends", "server", "user",
                "audit", "document", "run", "candidate", "web"));
        all.removeAll(java.util.List.of(allowed));
        return all.stream().map(stage -> "no.tiltaksradar." + stage + "..").toArray(String[]::new);
    }
}
