package org.sobujang.command.coreitems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.coreitems.AddCoreItemListMember;
import org.sobujang.api.coreitems.CoreItemListDefined;
import org.sobujang.api.coreitems.CoreItemListMemberAdded;
import org.sobujang.api.coreitems.DefineCoreItemList;
import org.sobujang.api.coreitems.LocalizationTarget;
import org.sobujang.api.coreitems.LocalizationTargetSet;
import org.sobujang.api.coreitems.SetLocalizationTarget;
import org.sobujang.command.Conflict;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.directory.InMemoryDirectory;

class CoreItemListTest {

    private static final LocalDate BY_2022 = LocalDate.of(2022, 12, 31);
    private static final CoreItemListDefined DEFINED = new CoreItemListDefined("core100", "CORE100-2019");

    private FixtureConfiguration<CoreItemList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CoreItemList.class);
        fixture.registerInjectableResource(new InMemoryDirectory().withComponent("hf").withComponent("resist")
                                                                  .withComponent("pi-film"));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aListIsDefinedWithItsMembersAndTargets() {
        fixture.givenNoPriorActivity()
               .when(new DefineCoreItemList("core100", "CORE100-2019", List.of("hf", "resist"),
                                            List.of(new LocalizationTarget(d("0.5"), BY_2022))))
               .expectEvents(DEFINED,
                             new CoreItemListMemberAdded("core100", "hf"),
                             new CoreItemListMemberAdded("core100", "resist"),
                             new LocalizationTargetSet("core100", d("0.5"), BY_2022));
    }

    @Test
    void repeatingADefinitionRecordsNothing() {
        fixture.given(DEFINED, new CoreItemListMemberAdded("core100", "hf"),
                      new LocalizationTargetSet("core100", d("0.50"), BY_2022))
               .when(new DefineCoreItemList("core100", "CORE100-2019", List.of("hf"),
                                            List.of(new LocalizationTarget(d("0.5"), BY_2022))))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void redefiningWithOtherDetailsIsAConflict() {
        fixture.given(DEFINED, new CoreItemListMemberAdded("core100", "hf"))
               .when(new DefineCoreItemList("core100", "CORE100-2019", List.of("hf", "resist"), List.of()))
               .expectException(Conflict.class)
               .expectNoEvents();
    }

    @Test
    void aBlankNameIsRejected() {
        fixture.givenNoPriorActivity()
               .when(new DefineCoreItemList("core100", " ", List.of("hf"), List.of()))
               .expectException(InvalidInput.class)
               .expectExceptionMessage("CoreItemListNameNotBlank: a core-item list's name must not be blank")
               .expectNoEvents();
    }

    @Test
    void membersMustBeRegisteredComponents() {
        fixture.givenNoPriorActivity()
               .when(new DefineCoreItemList("core100", "CORE100-2019", List.of("hf", "unobtainium"), List.of()))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("CoreItemListMembersAreRegisteredComponents: component unobtainium is not "
                                               + "registered")
               .expectNoEvents();
    }

    @Test
    void aComponentListedTwiceIsRejected() {
        fixture.givenNoPriorActivity()
               .when(new DefineCoreItemList("core100", "CORE100-2019", List.of("hf", "hf"), List.of()))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void targetSharesOutsideZeroAndOneAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new DefineCoreItemList("core100", "CORE100-2019", List.of("hf"),
                                            List.of(new LocalizationTarget(d("1.01"), BY_2022))))
               .expectException(InvalidInput.class)
               .expectNoEvents();
        fixture.given(DEFINED)
               .when(new SetLocalizationTarget("core100", d("-0.1"), BY_2022))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void targetSharesOfZeroAndOneAreAccepted() {
        fixture.given(DEFINED)
               .when(new SetLocalizationTarget("core100", BigDecimal.ONE, BY_2022))
               .expectEvents(new LocalizationTargetSet("core100", BigDecimal.ONE, BY_2022));
        fixture.given(DEFINED)
               .when(new SetLocalizationTarget("core100", BigDecimal.ZERO, BY_2022))
               .expectEvents(new LocalizationTargetSet("core100", BigDecimal.ZERO, BY_2022));
    }

    @Test
    void aNewTargetForADateReplacesTheOldOneAndTheSameTargetRecordsNothing() {
        fixture.given(DEFINED, new LocalizationTargetSet("core100", d("0.5"), BY_2022))
               .when(new SetLocalizationTarget("core100", d("0.6"), BY_2022))
               .expectEvents(new LocalizationTargetSet("core100", d("0.6"), BY_2022));
        fixture.given(DEFINED, new LocalizationTargetSet("core100", d("0.5"), BY_2022))
               .when(new SetLocalizationTarget("core100", d("0.5"), BY_2022))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aMemberIsAdded() {
        fixture.given(DEFINED, new CoreItemListMemberAdded("core100", "hf"))
               .when(new AddCoreItemListMember("core100", "pi-film"))
               .expectEvents(new CoreItemListMemberAdded("core100", "pi-film"));
    }

    @Test
    void addingAMemberTwiceRecordsNothing() {
        fixture.given(DEFINED, new CoreItemListMemberAdded("core100", "hf"))
               .when(new AddCoreItemListMember("core100", "hf"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anAddedMemberMustBeARegisteredComponent() {
        fixture.given(DEFINED)
               .when(new AddCoreItemListMember("core100", "unobtainium"))
               .expectException(RuleViolated.class)
               .expectNoEvents();
    }
}
