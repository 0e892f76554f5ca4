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
                .allowEmptyShould(true) // holds trivially until the validator's classes land
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
    void commandLineAndWiringAreLeaves() {
        noClasses().that().resideOutsideOfPackages("no.tiltaksradar.cli..", "no.tiltaksradar")
                .should().dependOnClassesThat().resideInAPackage("no.tiltaksradar.cli..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("no.tiltaksradar.system..")
                .should().dependOnClassesThat().resideInAPackage("no.tiltaksradar.system..")
                .check(classes);
    }

    private static String[] stagesExcept(String... allowed) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("model", "language", "ingest", "layout", "chunk", "index", "propose",
                "validate", "evaluate", "job", "cli", "system", "bench", "review", "register", "export", "trends"));
        all.removeAll(java.util.List.of(allowed));
        return all.stream().map(stage -> "no.tiltaksradar." + stage + "..").toArray(String[]::new);
    }
}
