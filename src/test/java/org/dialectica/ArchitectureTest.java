package org.dialectica;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries of STYLE.md, checked on the compiled main classes. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dialectica");

    @Test
    void the_map_model_depends_on_the_jdk_alone() {
        classes().that().resideInAPackage("org.dialectica.map..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.dialectica.map..", "java..")
                .check(MAIN);
    }

    @Test
    void readers_and_writers_depend_on_the_model_not_on_reasoning_or_ui() {
        noClasses().that().resideInAPackage("org.dialectica.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dialectica.reasoning..", "org.dialectica.cli..",
                        "org.dialectica.base..", "com.vaadin..", "org.springframework..")
                .check(MAIN);
    }

    @Test
    void only_reasoning_touches_drools() {
        noClasses().that().resideOutsideOfPackage("org.dialectica.reasoning..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(MAIN);
    }

    @Test
    void reasoning_depends_on_the_model_only_among_features() {
        noClasses().that().resideInAPackage("org.dialectica.reasoning..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dialectica.io..", "org.dialectica.cli..",
                        "org.dialectica.base..", "com.vaadin..")
                .check(MAIN);
    }

    @Test
    void only_the_features_that_own_tables_touch_the_database() {
        // each owns its tables (discussion: the comments, tied to their map by a foreign key, not by
        // reaching into the workspace's entities; debates: their starting maps and moves, with no key
        // to the source map; grading: assignments, submissions and reviews); the others reach them
        // through their services
        noClasses().that().resideOutsideOfPackages("org.dialectica.workspace", "org.dialectica.people", "org.dialectica.discussion",
                        "org.dialectica.debate", "org.dialectica.grading")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.data..")
                .check(MAIN);
    }

    // --- grading (issue 10) ---
    @Test
    void grading_touches_the_database_only_outside_its_ui() {
        // the grading tables (V8) belong to the grading package, read and written in plain SQL;
        // its views go through the Assignments service
        noClasses().that().resideInAPackage("org.dialectica.grading.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.data..",
                        "org.springframework.jdbc..")
                .check(MAIN);
    }

    @Test
    void the_shared_ui_knows_no_feature() {
        noClasses().that().resideInAPackage("org.dialectica.base.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dialectica.map..", "org.dialectica.reasoning..",
                        "org.dialectica.workspace..", "org.dialectica.io..", "org.dialectica.people..", "org.dialectica.discussion..",
                        "org.dialectica.debate..")
                .check(MAIN);
    }

    @Test
    void the_workspace_knows_nothing_of_the_discussion_built_on_it() {
        // the map view shows the comments through MapViewExtension, a bean the discussion provides
        noClasses().that().resideInAnyPackage("org.dialectica.workspace..", "org.dialectica.people..")
                .should().dependOnClassesThat().resideInAPackage("org.dialectica.discussion..")
                .check(MAIN);
    }

    // --- suggested conflicts (issue 16) ---
    @Test
    void the_suggester_is_free_of_the_web_the_database_and_drools() {
        // the map page and the command line use it alike; dismissals are stored by the workspace
        noClasses().that().resideInAPackage("org.dialectica.suggestion..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..", "jakarta.persistence..",
                        "org.dialectica.workspace..", "org.dialectica.cli..", "org.dialectica.io..", "org.kie..", "org.drools..")
                .check(MAIN);
    }

    // --- pictures and documents of a map (issue 21) ---
    @Test
    void the_report_is_free_of_the_web_the_database_and_drools() {
        // the map page and the command line write the same report from the same analysis
        noClasses().that().resideInAPackage("org.dialectica.report..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..", "jakarta.persistence..",
                        "org.dialectica.workspace..", "org.dialectica.cli..", "org.dialectica.base..", "org.kie..", "org.drools..")
                .check(MAIN);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.dialectica.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
