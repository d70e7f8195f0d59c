package org.sobujang.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Which package of the command service may depend on which. Features (an aggregate, its controller and rules) build
 * on the infrastructure (dispatch, web, security, the directory, idempotency) and on the shared kernel in the root
 * package (the refusals every command can meet, ids, numbers, the rules several aggregates share); neither of those
 * knows a feature. A rule is a type checked by the aggregate it guards, named once: controllers check the shape of a
 * request only.
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

    @ArchTest
    static final ArchRule controllersCallNoRule = noClasses().that().resideInAnyPackage(FEATURES)
            .and().haveNameMatching(".*Controller(\\$.*)?")
            .should().dependOnClassesThat().areAssignableTo(Rule.class);

    /** The range of a value is a rule of the aggregate that holds it, not a Bean Validation constraint. */
    @ArchTest
    static final ArchRule noRangeIsCheckedBeforeTheAggregate = noClasses()
            .should().dependOnClassesThat().belongToAnyOf(DecimalMin.class, DecimalMax.class, Min.class, Max.class,
                                                          Positive.class, PositiveOrZero.class, Negative.class,
                                                          NegativeOrZero.class, Digits.class);

    /** The API answers with a rule's simple name, so two rules of one name would be one name for two rules. */
    @ArchTest
    static final ArchRule eachRuleHasANameOfItsOwn = classes().that().areAssignableTo(Rule.class)
            .and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .should().beTopLevelClasses()
            .andShould().haveModifier(JavaModifier.FINAL)
            .andShould().resideOutsideOfPackages(INFRASTRUCTURE)
            .andShould(haveANameNoOtherRuleHas());

    private static ArchCondition<JavaClass> haveANameNoOtherRuleHas() {
        return new ArchCondition<>("have a simple name no other rule has") {

            private Map<String, List<JavaClass>> byName = Map.of();

            @Override
            public void init(Collection<JavaClass> rules) {
                byName = rules.stream().collect(Collectors.groupingBy(JavaClass::getSimpleName));
            }

            @Override
            public void check(JavaClass rule, ConditionEvents events) {
                List<JavaClass> named = byName.get(rule.getSimpleName());
                if (named.size() > 1) {
                    events.add(SimpleConditionEvent.violated(rule, rule.getName() + " has the name of "
                            + named.stream().filter(other -> other != rule).map(JavaClass::getName).toList()));
                }
            }
        };
    }
}
