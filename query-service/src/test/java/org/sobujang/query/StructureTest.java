package org.sobujang.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which package of the query service may depend on which. Features (a read model, its projections, resolvers and
 * services) build on the infrastructure; the infrastructure (event source, read-store writes, processor operations,
 * consistency, security, the GraphQL plumbing) knows no feature: a feature tells it what it needs by implementing its
 * interfaces or registering its own beans and properties.
 */
@AnalyzeClasses(packages = "org.sobujang.query", importOptions = ImportOption.DoNotIncludeTests.class)
class StructureTest {

    static final String[] FEATURES = {"..query.component..", "..query.coreitems..", "..query.firm..",
            "..query.history..", "..query.matching..", "..query.national..", "..query.partnership..",
            "..query.progress..", "..query.risk..", "..query.sourcing..", "..query.trade.."};
    static final String[] INFRASTRUCTURE = {"..query.eventsource..", "..query.readstore..", "..query.positions..", "..query.web..",
            "..query.processors..",
            "..query.consistency..", "..query.security..", "..query.deadletters..", "..query.period.."};

    @ArchTest
    static final ArchRule infrastructureKnowsNoFeature = noClasses().that().resideInAnyPackage(INFRASTRUCTURE)
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("org.sobujang.query.(*)..").should()
            .beFreeOfCycles();
}
