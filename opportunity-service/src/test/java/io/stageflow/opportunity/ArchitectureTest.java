package io.stageflow.opportunity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.stageflow.opportunity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandsKnowNothingOfTheWeb = noClasses()
            .that()
            .resideInAPackage("..command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework.web..",
                    "org.springframework.http..",
                    "jakarta.servlet..",
                    "..opportunity.web..");

    @ArchTest
    static final ArchRule queriesKnowNothingOfTheWeb = noClasses()
            .that()
            .resideInAPackage("..query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "..opportunity.web..");

    @ArchTest
    static final ArchRule commandsKnowNothingOfMessaging = noClasses()
            .that()
            .resideInAPackage("..command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.apache.kafka..",
                    "org.springframework.kafka..",
                    "org.springframework.cloud..",
                    "org.springframework.messaging..",
                    "..opportunity.messaging..");

    @ArchTest
    static final ArchRule reactionsKnowNothingOfTheWeb = noClasses()
            .that()
            .resideInAPackage("..messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "..opportunity.web..");
}
