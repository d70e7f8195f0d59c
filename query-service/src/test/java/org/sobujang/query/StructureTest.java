package org.sobujang.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.sobujang.query.security.AccessPolicy;
import org.sobujang.query.security.Authorized;
import org.sobujang.query.security.Caller;
import org.springframework.graphql.data.method.annotation.QueryMapping;

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

    /** Authorization is declared on the resolver ({@link Authorized}) and decided in one place, never written inline. */
    @ArchTest
    static final ArchRule onlyTheSecurityPackageAsksThePolicy = noClasses()
            .that().resideOutsideOfPackage("..query.security..")
            .should().accessClassesThat().areAssignableTo(AccessPolicy.class);

    /** A query that knows who asks reads something not everyone may see: it must say which operation it is. */
    @ArchTest
    static final ArchRule queriesThatTakeTheCallerDeclareTheirOperation = methods()
            .that().areAnnotatedWith(QueryMapping.class)
            .and(new DescribedPredicate<JavaMethod>("take the Caller") {
                @Override
                public boolean test(JavaMethod method) {
                    return method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Caller.class));
                }
            })
            .should().beAnnotatedWith(Authorized.class);

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("org.sobujang.query.(*)..").should()
            .beFreeOfCycles();
}
