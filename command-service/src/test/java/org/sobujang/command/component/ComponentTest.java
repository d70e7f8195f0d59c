package org.sobujang.command.component;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.Sector;
import org.sobujang.api.component.AddControlListEntry;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.component.ControlListEntry;
import org.sobujang.api.component.ControlListEntryAdded;
import org.sobujang.api.component.ExportRestrictionImposed;
import org.sobujang.api.component.ExportRestrictionLifted;
import org.sobujang.api.component.ImposeExportRestriction;
import org.sobujang.api.component.LiftExportRestriction;
import org.sobujang.api.component.RegisterComponent;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.command.Conflict;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.NotFound;
import org.sobujang.command.RuleViolated;

class ComponentTest {

    private static final LocalDate JUL_4 = LocalDate.of(2019, 7, 4);
    private static final ComponentRegistered RESIST = new ComponentRegistered(
            "resist", "EUV photoresist", Category.MATERIAL, "3707901000", Sector.SEMICONDUCTOR);
    private static final ControlListEntry WASSENAAR = new ControlListEntry("WASSENAAR", "3C002.a.2");
    private static final ExportRestrictionImposed JP_LICENSE = new ExportRestrictionImposed(
            "resist", "r1", "JP", "KR", RestrictionMeasure.INDIVIDUAL_LICENSE, JUL_4, "METI Notice 2019-07");

    private FixtureConfiguration<Component> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Component.class);
    }

    private static ImposeExportRestriction impose(String id, String imposing, RestrictionMeasure measure, LocalDate from) {
        return new ImposeExportRestriction("resist", id, imposing, "KR", measure, from, null);
    }

    @Test
    void aComponentIsRegisteredWithItsControlListEntries() {
        fixture.givenNoPriorActivity()
               .when(new RegisterComponent("resist", "EUV photoresist", Category.MATERIAL, "3707901000",
                                           Sector.SEMICONDUCTOR,
                                           List.of(WASSENAAR, new ControlListEntry("US_EAR", "1C350"))))
               .expectEvents(RESIST, new ControlListEntryAdded("resist", "WASSENAAR", "3C002.a.2"),
                             new ControlListEntryAdded("resist", "US_EAR", "1C350"));
    }

    @Test
    void aComponentWithoutControlListEntriesIsRegistered() {
        fixture.givenNoPriorActivity()
               .when(new RegisterComponent("resist", "EUV photoresist", Category.MATERIAL, "3707901000",
                                           Sector.SEMICONDUCTOR, null))
               .expectEvents(RESIST);
    }

    @Test
    void repeatingARegistrationWithTheSameDetailsRecordsNothing() {
        fixture.given(RESIST, new ControlListEntryAdded("resist", "WASSENAAR", "3C002.a.2"))
               .when(new RegisterComponent("resist", "EUV photoresist", Category.MATERIAL, "3707901000",
                                           Sector.SEMICONDUCTOR, List.of(WASSENAAR)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void repeatingARegistrationWithOtherDetailsIsAConflict() {
        fixture.given(RESIST)
               .when(new RegisterComponent("resist", "EUV photoresist", Category.MATERIAL, "370790",
                                           Sector.SEMICONDUCTOR, null))
               .expectException(Conflict.class);
    }

    @Test
    void repeatingARegistrationWithAnEntryTheComponentLacksIsAConflict() {
        fixture.given(RESIST)
               .when(new RegisterComponent("resist", "EUV photoresist", Category.MATERIAL, "3707901000",
                                           Sector.SEMICONDUCTOR, List.of(WASSENAAR)))
               .expectException(Conflict.class)
               .expectNoEvents();
    }

    @Test
    void blankNamesAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RegisterComponent("resist", "", Category.MATERIAL, "370790", Sector.SEMICONDUCTOR, null))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void hsCodesShorterThanSixDigitsAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RegisterComponent("resist", "Resist", Category.MATERIAL, "37079", Sector.SEMICONDUCTOR, null))
               .expectException(InvalidInput.class)
               .expectExceptionMessage("HsCodeHasSixToTenDigits: 37079 is not an HS code of 6 to 10 digits");
    }

    @Test
    void hsCodesLongerThanTenDigitsAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RegisterComponent("resist", "Resist", Category.MATERIAL, "37079010001",
                                           Sector.SEMICONDUCTOR, null))
               .expectException(InvalidInput.class);
    }

    @Test
    void hsCodesWithOtherThanDigitsAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RegisterComponent("resist", "Resist", Category.MATERIAL, "3707.90", Sector.SEMICONDUCTOR, null))
               .expectException(InvalidInput.class);
    }

    @Test
    void aRepeatedControlListEntryInARegistrationIsRejected() {
        fixture.givenNoPriorActivity()
               .when(new RegisterComponent("resist", "Resist", Category.MATERIAL, "370790", Sector.SEMICONDUCTOR,
                                           List.of(WASSENAAR, WASSENAAR)))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void aControlListEntryIsAdded() {
        fixture.given(RESIST)
               .when(new AddControlListEntry("resist", "US_EAR", "1C350"))
               .expectEvents(new ControlListEntryAdded("resist", "US_EAR", "1C350"));
    }

    @Test
    void addingAnEntryTheComponentCarriesRecordsNothing() {
        fixture.given(RESIST, new ControlListEntryAdded("resist", "WASSENAAR", "3C002.a.2"))
               .when(new AddControlListEntry("resist", "WASSENAAR", "3C002.a.2"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aControlListEntryWithoutCodeIsRejected() {
        fixture.given(RESIST)
               .when(new AddControlListEntry("resist", "WASSENAAR", " "))
               .expectException(InvalidInput.class);
    }

    @Test
    void aRestrictionIsImposed() {
        fixture.given(RESIST)
               .when(new ImposeExportRestriction("resist", "r1", "JP", "KR", RestrictionMeasure.INDIVIDUAL_LICENSE,
                                                 JUL_4, "METI Notice 2019-07"))
               .expectEvents(JP_LICENSE);
    }

    @Test
    void aRestrictionOnAnUnknownComponentIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(impose("r1", "JP", RestrictionMeasure.BAN, JUL_4))
               .expectException(AggregateNotFoundException.class);
    }

    @Test
    void aRestrictionFromAnUnknownCountryIsRejected() {
        fixture.given(RESIST)
               .when(impose("r1", "ZZ", RestrictionMeasure.BAN, JUL_4))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void overlappingRestrictionsOfTheSameMeasureAreRejected() {
        fixture.given(RESIST, JP_LICENSE)
               .when(impose("r2", "JP", RestrictionMeasure.INDIVIDUAL_LICENSE, JUL_4.plusYears(1)))
               .expectException(RuleViolated.class)
               .expectExceptionMessage(org.hamcrest.Matchers.startsWith("NoOverlappingRestrictions: "))
               .expectNoEvents();
    }

    @Test
    void aRestrictionBeginningBeforeAnActiveOneOverlapsIt() {
        fixture.given(RESIST, JP_LICENSE)
               .when(impose("r2", "JP", RestrictionMeasure.INDIVIDUAL_LICENSE, JUL_4.minusYears(1)))
               .expectException(RuleViolated.class);
    }

    @Test
    void aRestrictionOverlappingALiftedOnesIntervalIsRejected() {
        fixture.given(RESIST, JP_LICENSE, new ExportRestrictionLifted("resist", "r1", JUL_4.plusYears(2)))
               .when(impose("r2", "JP", RestrictionMeasure.INDIVIDUAL_LICENSE, JUL_4.plusYears(1)))
               .expectException(RuleViolated.class);
    }

    @Test
    void aRestrictionFromTheDayTheLastWasLiftedIsAccepted() {
        fixture.given(RESIST, JP_LICENSE, new ExportRestrictionLifted("resist", "r1", JUL_4.plusYears(2)))
               .when(impose("r2", "JP", RestrictionMeasure.INDIVIDUAL_LICENSE, JUL_4.plusYears(2)))
               .expectEvents(new ExportRestrictionImposed("resist", "r2", "JP", "KR",
                                                          RestrictionMeasure.INDIVIDUAL_LICENSE, JUL_4.plusYears(2),
                                                          null));
    }

    @Test
    void anotherMeasureOfTheSameCountryIsNoOverlap() {
        fixture.given(RESIST, JP_LICENSE)
               .when(impose("r2", "JP", RestrictionMeasure.EXPORT_TAX, JUL_4))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ExportRestrictionImposed("resist", "r2", "JP", "KR", RestrictionMeasure.EXPORT_TAX,
                                                          JUL_4, null));
    }

    @Test
    void theSameMeasureByAnotherCountryIsNoOverlap() {
        fixture.given(RESIST, JP_LICENSE)
               .when(impose("r2", "CN", RestrictionMeasure.INDIVIDUAL_LICENSE, JUL_4))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSameMeasureAgainstAnotherTargetIsNoOverlap() {
        fixture.given(RESIST, JP_LICENSE)
               .when(new ImposeExportRestriction("resist", "r2", "JP", "TW", RestrictionMeasure.INDIVIDUAL_LICENSE,
                                                 JUL_4, null))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRestrictionIsLifted() {
        fixture.given(RESIST, JP_LICENSE)
               .when(new LiftExportRestriction("resist", "r1", JUL_4.plusYears(4)))
               .expectEvents(new ExportRestrictionLifted("resist", "r1", JUL_4.plusYears(4)));
    }

    @Test
    void liftingOnTheDayItBeganIsAccepted() {
        fixture.given(RESIST, JP_LICENSE)
               .when(new LiftExportRestriction("resist", "r1", JUL_4))
               .expectEvents(new ExportRestrictionLifted("resist", "r1", JUL_4));
    }

    @Test
    void liftBeforeImposedIsRejected() {
        fixture.given(RESIST, JP_LICENSE)
               .when(new LiftExportRestriction("resist", "r1", JUL_4.minusDays(1)))
               .expectException(RuleViolated.class)
               .expectExceptionMessage(org.hamcrest.Matchers.startsWith("LiftNotBeforeImposed: "))
               .expectNoEvents();
    }

    @Test
    void liftingTwiceIsRejected() {
        fixture.given(RESIST, JP_LICENSE, new ExportRestrictionLifted("resist", "r1", JUL_4.plusYears(1)))
               .when(new LiftExportRestriction("resist", "r1", JUL_4.plusYears(2)))
               .expectException(RuleViolated.class)
               .expectExceptionMessage(org.hamcrest.Matchers.startsWith("RestrictionLiftedAtMostOnce: "))
               .expectNoEvents();
    }

    @Test
    void liftingAnUnknownRestrictionIsNotFound() {
        fixture.given(RESIST)
               .when(new LiftExportRestriction("resist", "r9", JUL_4))
               .expectException(NotFound.class);
    }
}
