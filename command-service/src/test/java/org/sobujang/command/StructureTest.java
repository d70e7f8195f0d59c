package org.sobujang.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which package of the command service may depend on which. Features (an aggregate, its controller and rules) build
 * on the infrastructure (dispatch, web, security, the directory, idempotency) and on the shared kernel in the root
 * package (the refusals every command can meet, ids, numbers); neither of those knows a feature.
 */
@AnalyzeClasses(packages = "org.sobujang.command", importOptions = ImportOption.DoNotIncludeTests.class)
class StructureTest {

    static final String[] FEATURES = {"..command.component..", "..command.coreitems..", "..command.firm..",
            "..command.partnership..", "..command.sourcing..", "..command.trade..", "..command.imports.."};
    static final String[] INFRASTRUCTURE = {"..command.bus..", "..command.web..", "..command.security..",
            "..command.directory..", "..command.idempotency.."};

    @ArchTest
    static final ArchRule infrastructureKnowsNoFeature = noClasses().that().resideInAnyPackage(INFRASTRUCTURE)
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule theSharedKernelKnowsNoSubPackage = noClasses().that().resideInAPackage("org.sobujang.command")
            .and().doNotHaveSimpleName("CommandServiceApplication")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .orShould().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("org.sobujang.command.(*)..").should()
            .beFreeOfCycles();
}
