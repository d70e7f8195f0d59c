package org.sobujang.command.sourcing;

import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.sourcing.RecordSourcingChange;
import org.sobujang.api.sourcing.RecordSourcingChanges;
import org.sobujang.api.sourcing.RetractSourcingChange;
import org.sobujang.api.sourcing.ReviseSourcingPlan;
import org.sobujang.api.sourcing.SourcingChangeRetracted;
import org.sobujang.api.sourcing.SourcingChangeValue;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.command.BatchChangeRejected;
import org.sobujang.command.CommandRejected;
import org.sobujang.command.Conflict;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.NotFound;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.directory.InMemoryDirectory;

class SourcingPlanTest {

    private static final LocalDate JAN = LocalDate.of(2020, 1, 1);
    private static final LocalDate JUN = LocalDate.of(2020, 6, 1);
    private static final LocalDate DEC = LocalDate.of(2020, 12, 1);

    private FixtureConfiguration<SourcingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
    }

    private static FixtureConfiguration<SourcingPlan> newFixture() {
        FixtureConfiguration<SourcingPlan> fixture = new AggregateTestFixture<>(SourcingPlan.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                                                   .withFirm("samsung").withFirm("jsr").withFirm("tok")
                                                   .withFirm("dongjin").withComponent("resist"));
        return fixture;
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static RecordSourcingChange record(String changeId, String supplier, String share, LocalDate from) {
        return new RecordSourcingChange(changeId, "samsung", "resist", supplier, d(share), from, null, null, null);
    }

    private static SourcingShareChanged changed(String changeId, String supplier, String share, LocalDate from) {
        return new SourcingShareChanged(changeId, "samsung", "resist", supplier, d(share), from, null, null, null);
    }

    private static ReviseSourcingPlan revise(String changeId, LocalDate from, SupplierShareValue... shares) {
        return new ReviseSourcingPlan(changeId, "samsung", "resist", from, List.of(shares), null, null, null);
    }

    private static SourcingPlanRevised revised(String changeId, LocalDate from, SupplierShareValue... shares) {
        return new SourcingPlanRevised(changeId, "samsung", "resist", from, List.of(shares), null, null, null);
    }

    private static SupplierShareValue share(String supplier, String value) {
        return new SupplierShareValue(supplier, d(value));
    }

    @Test
    void theFirstChangeCreatesThePlan() {
        fixture.givenNoPriorActivity()
               .when(new RecordSourcingChange("c1", "samsung", "resist", "jsr", d("0.7"), JAN, d("1200"), "t",
                                              "annual report"))
               .expectEvents(new SourcingShareChanged("c1", "samsung", "resist", "jsr", d("0.7"), JAN, d("1200"),
                                                      "t", "annual report"));
    }

    @Test
    void sharesSummingToExactlyOneAreAccepted() {
        fixture.given(changed("c1", "jsr", "0.7", JAN), changed("c2", "tok", "0.2", JAN))
               .when(record("c3", "dongjin", "0.1", JAN))
               .expectEvents(changed("c3", "dongjin", "0.1", JAN));
    }

    @Test
    void sharesAboveOneAreRejected() {
        fixture.given(changed("c1", "jsr", "0.7", JAN), changed("c2", "tok", "0.2", JAN))
               .when(record("c3", "dongjin", "0.15", JUN))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("SharesNeverExceedDemand: shares would sum to 1.05 on 2020-06-01")
               .expectNoEvents();
    }

    @Test
    void aShareAboveOneIsInvalid() {
        fixture.givenNoPriorActivity()
               .when(record("c1", "jsr", "1.01", JAN))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void aNegativeShareIsInvalid() {
        fixture.givenNoPriorActivity()
               .when(record("c1", "jsr", "-0.1", JAN))
               .expectException(InvalidInput.class);
    }

    @Test
    void aLaterChangeForTheSameSupplierReplacesItsShare() {
        fixture.given(changed("c1", "jsr", "0.7", JAN), changed("c2", "tok", "0.3", JAN))
               .when(record("c3", "jsr", "0.6", JUN))
               .expectEvents(changed("c3", "jsr", "0.6", JUN));
    }

    @Test
    void aLaterRecordedChangeOnTheSameDateReplacesTheEarlierOne() {
        fixture.given(changed("c1", "jsr", "0.9", JAN))
               .andGivenCommands(record("c2", "jsr", "0.5", JAN))
               .when(record("c3", "tok", "0.5", JAN))
               .expectEvents(changed("c3", "tok", "0.5", JAN));
    }

    @Test
    void shareZeroRemovesTheSupplier() {
        fixture.given(changed("c1", "jsr", "0.9", JAN), changed("c2", "jsr", "0", JUN))
               .when(record("c3", "tok", "1", JUN))
               .expectEvents(changed("c3", "tok", "1", JUN));
    }

    @Test
    void backdatedChangeThatBreaksALaterDateIsRejected() {
        fixture.given(changed("c1", "jsr", "0.5", JAN), changed("c2", "tok", "0.5", DEC))
               .when(record("c3", "dongjin", "0.3", JUN))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("SharesNeverExceedDemand: shares would sum to 1.3 on 2020-12-01")
               .expectNoEvents();
    }

    @Test
    void backdatedChangeThatFitsEveryLaterDateIsAccepted() {
        fixture.given(changed("c1", "jsr", "0.5", JAN), changed("c2", "jsr", "0.2", DEC))
               .when(record("c3", "tok", "0.5", JUN))
               .expectEvents(changed("c3", "tok", "0.5", JUN));
    }

    @Test
    void backdatedChangeBeforeTheFirstIsCheckedAtEveryDate() {
        fixture.given(changed("c1", "jsr", "0.8", JUN))
               .when(record("c2", "tok", "0.3", JAN))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("SharesNeverExceedDemand: shares would sum to 1.1 on 2020-06-01");
    }

    @Test
    void sumsAreExactDecimals() {
        fixture.given(changed("c1", "jsr", "0.1", JAN), changed("c2", "tok", "0.2", JAN))
               .when(record("c3", "dongjin", "0.7", JAN))
               .expectSuccessfulHandlerExecution()
               .expectEvents(changed("c3", "dongjin", "0.7", JAN));
    }

    @Test
    void aBuyerCannotSupplyItself() {
        fixture.givenNoPriorActivity()
               .when(record("c1", "samsung", "0.5", JAN))
               .expectException(InvalidInput.class)
               .expectExceptionMessage(startsWith("BuyerIsNotItsOwnSupplier: "))
               .expectNoEvents();
    }

    @Test
    void anUnknownSupplierIsRejected() {
        fixture.givenNoPriorActivity()
               .when(record("c1", "ghost", "0.5", JAN))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("SupplierIsARegisteredFirm: firm ghost is not registered")
               .expectNoEvents();
    }

    @Test
    void anUnknownBuyerIsRejected() {
        fixture.givenNoPriorActivity()
               .when(new RecordSourcingChange("c1", "ghost", "resist", "jsr", d("0.5"), JAN, null, null, null))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("BuyerIsARegisteredFirm: firm ghost is not registered");
    }

    @Test
    void anUnknownComponentIsRejected() {
        fixture.givenNoPriorActivity()
               .when(new RecordSourcingChange("c1", "samsung", "unobtainium", "jsr", d("0.5"), JAN, null, null, null))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("ComponentIsRegistered: component unobtainium is not registered");
    }

    @Test
    void aNegativeAnnualVolumeIsInvalid() {
        fixture.givenNoPriorActivity()
               .when(new RecordSourcingChange("c1", "samsung", "resist", "jsr", d("0.5"), JAN, d("-1"), "t", null))
               .expectException(InvalidInput.class);
    }

    @Test
    void aRepeatedChangeIdIsAConflict() {
        fixture.given(changed("c1", "jsr", "0.5", JAN))
               .when(record("c1", "tok", "0.1", JAN))
               .expectException(Conflict.class);
    }

    @Test
    void aRevisionSetsTheWholeSupplierSet() {
        fixture.given(changed("c1", "jsr", "0.9", JAN))
               .when(revise("r1", JUN, share("tok", "0.6"), share("dongjin", "0.4")))
               .expectEvents(revised("r1", JUN, share("tok", "0.6"), share("dongjin", "0.4")));
    }

    @Test
    void suppliersNotListedInARevisionDropToZero() {
        fixture.given(changed("c1", "jsr", "0.9", JAN), revised("r1", JUN, share("tok", "0.5")))
               .when(record("c2", "dongjin", "0.5", JUN.plusDays(1)))
               .expectEvents(changed("c2", "dongjin", "0.5", JUN.plusDays(1)));
    }

    @Test
    void aRevisionAboveOneIsRejected() {
        fixture.givenNoPriorActivity()
               .when(revise("r1", JUN, share("tok", "0.6"), share("dongjin", "0.5")))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("SharesNeverExceedDemand: shares would sum to 1.1 on 2020-06-01")
               .expectNoEvents();
    }

    @Test
    void aBackdatedRevisionThatBreaksALaterDateIsRejected() {
        fixture.given(changed("c1", "jsr", "0.5", DEC))
               .when(revise("r1", JUN, share("tok", "0.6")))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("SharesNeverExceedDemand: shares would sum to 1.1 on 2020-12-01");
    }

    @Test
    void aRevisionListingTheSameSupplierTwiceIsRejected() {
        fixture.givenNoPriorActivity()
               .when(revise("r1", JUN, share("tok", "0.3"), share("tok", "0.3")))
               .expectException(InvalidInput.class)
               .expectExceptionMessage(startsWith("SupplierListedOnce: "))
               .expectNoEvents();
    }

    @Test
    void aRevisionWithAnUnknownSupplierIsRejected() {
        fixture.givenNoPriorActivity()
               .when(revise("r1", JUN, share("ghost", "0.3")))
               .expectException(RuleViolated.class);
    }

    @Test
    void aRevisionNamingTheBuyerIsRejected() {
        fixture.givenNoPriorActivity()
               .when(revise("r1", JUN, share("samsung", "0.3")))
               .expectException(InvalidInput.class);
    }

    @Test
    void aRevisionReplacesASingleChangeOfTheSameDateRecordedBefore() {
        fixture.given(changed("c1", "jsr", "0.9", JUN), revised("r1", JUN, share("tok", "0.5")))
               .when(record("c2", "dongjin", "0.5", JUN))
               .expectEvents(changed("c2", "dongjin", "0.5", JUN));
    }

    @Test
    void anEmptyRevisionClearsThePlan() {
        fixture.given(changed("c1", "jsr", "0.9", JAN))
               .andGivenCommands(revise("r1", JUN))
               .when(record("c2", "tok", "1", JUN))
               .expectEvents(changed("c2", "tok", "1", JUN));
    }

    @Test
    void aChangeIsRetracted() {
        fixture.given(changed("c1", "jsr", "0.9", JAN))
               .when(new RetractSourcingChange("c1", "samsung", "resist"))
               .expectEvents(new SourcingChangeRetracted("c1", "samsung", "resist"));
    }

    @Test
    void aRetractedChangeStopsCountingEverywhere() {
        fixture.given(changed("c1", "jsr", "0.9", JAN), new SourcingChangeRetracted("c1", "samsung", "resist"))
               .when(record("c2", "tok", "1", JAN))
               .expectEvents(changed("c2", "tok", "1", JAN));
    }

    @Test
    void aRetractedRevisionStopsCountingEverywhere() {
        fixture.given(revised("r1", JAN, share("jsr", "0.9")), new SourcingChangeRetracted("r1", "samsung", "resist"))
               .when(record("c2", "tok", "1", JUN))
               .expectEvents(changed("c2", "tok", "1", JUN));
    }

    @Test
    void retractionThatWouldExceedOneIsRejected() {
        fixture.given(changed("c1", "jsr", "0.6", JAN), changed("c2", "jsr", "0", JUN),
                      changed("c3", "tok", "0.8", DEC))
               .when(new RetractSourcingChange("c2", "samsung", "resist"))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("SharesNeverExceedDemand: without change c2 shares would sum to 1.4 on 2020-12-01")
               .expectNoEvents();
    }

    @Test
    void retractingARevisionThatWouldExceedOneIsRejected() {
        fixture.given(changed("c1", "jsr", "0.6", JAN), revised("r1", JUN, share("tok", "0.4")),
                      changed("c2", "dongjin", "0.6", DEC))
               .when(new RetractSourcingChange("r1", "samsung", "resist"))
               .expectException(RuleViolated.class);
    }

    @Test
    void retractingTwiceIsNotFound() {
        fixture.given(changed("c1", "jsr", "0.9", JAN), new SourcingChangeRetracted("c1", "samsung", "resist"))
               .when(new RetractSourcingChange("c1", "samsung", "resist"))
               .expectException(NotFound.class)
               .expectNoEvents();
    }

    @Test
    void retractingAnUnknownChangeIsNotFound() {
        fixture.given(changed("c1", "jsr", "0.9", JAN))
               .when(new RetractSourcingChange("c9", "samsung", "resist"))
               .expectException(NotFound.class);
    }

    private static SourcingChangeValue value(String changeId, String supplier, String share, LocalDate from) {
        return new SourcingChangeValue(changeId, supplier, d(share), from, null, null, null);
    }

    private static RecordSourcingChanges batch(SourcingChangeValue... changes) {
        return new RecordSourcingChanges("samsung", "resist", List.of(changes));
    }

    /** The batch was refused at {@code index} for the reason a single change would have been refused for. */
    private static Matcher<BatchChangeRejected> rejectedAt(int index, Class<? extends CommandRejected> reason,
                                                           String message) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(BatchChangeRejected rejection) {
                return rejection.changeIndex() == index && reason.isInstance(rejection.reason())
                        && rejection.reason().getMessage().startsWith(message);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("change " + index + " refused with " + reason.getSimpleName() + " \""
                                               + message + "...\"");
            }
        };
    }

    @Test
    void theFirstBatchCreatesThePlanWithOneEventPerChangeInOrder() {
        fixture.givenNoPriorActivity()
               .when(batch(value("c1", "jsr", "0.7", JUN), value("c2", "tok", "0.2", JAN),
                           new SourcingChangeValue("c3", "dongjin", d("0.1"), JUN, d("1200"), "t", "annual report")))
               .expectEvents(changed("c1", "jsr", "0.7", JUN), changed("c2", "tok", "0.2", JAN),
                             new SourcingShareChanged("c3", "samsung", "resist", "dongjin", d("0.1"), JUN, d("1200"),
                                                      "t", "annual report"));
    }

    @Test
    void aPlanRecordedByABatchIsThePlanItsChangesRecordOneByOne() {
        String probeRefusal = "SharesNeverExceedDemand: shares would sum to 1.1 on 2020-12-01";
        fixture.given(changed("c0", "jsr", "0.5", JAN))
               .andGivenCommands(record("c1", "tok", "0.5", JUN), record("c2", "jsr", "0", DEC),
                                 record("c3", "dongjin", "0.5", DEC))
               .when(record("c4", "tok", "0.6", DEC))
               .expectException(RuleViolated.class)
               .expectExceptionMessage(probeRefusal);
        newFixture().given(changed("c0", "jsr", "0.5", JAN))
                    .andGivenCommands(batch(value("c1", "tok", "0.5", JUN), value("c2", "jsr", "0", DEC),
                                            value("c3", "dongjin", "0.5", DEC)))
                    .when(record("c4", "tok", "0.6", DEC))
                    .expectException(RuleViolated.class)
                    .expectExceptionMessage(probeRefusal);
    }

    @Test
    void aChangeMayRelyOnAnEarlierChangeOfTheSameBatch() {
        fixture.given(changed("c0", "jsr", "0.9", JAN))
               .when(batch(value("c1", "jsr", "0.2", JUN), value("c2", "tok", "0.8", JUN)))
               .expectEvents(changed("c1", "jsr", "0.2", JUN), changed("c2", "tok", "0.8", JUN));
    }

    @Test
    void aChangeThatBreaksARuleRefusesTheWholeBatch() {
        fixture.given(changed("c0", "jsr", "0.5", JAN))
               .when(batch(value("c1", "tok", "0.3", JAN), value("c2", "jsr", "0.6", JUN),
                           value("c3", "dongjin", "0.2", JUN), value("c4", "dongjin", "0", JUN)))
               .expectException(rejectedAt(2, RuleViolated.class,
                                           "SharesNeverExceedDemand: shares would sum to 1.1 on 2020-06-01"))
               .expectNoEvents();
    }

    @Test
    void aBackdatedChangeIsCheckedAgainstTheBatchsLaterChanges() {
        fixture.givenNoPriorActivity()
               .when(batch(value("c1", "jsr", "0.6", DEC), value("c2", "tok", "0.5", JUN)))
               .expectException(rejectedAt(1, RuleViolated.class,
                                           "SharesNeverExceedDemand: shares would sum to 1.1 on 2020-12-01"))
               .expectNoEvents();
    }

    @Test
    void eachChangeIsRefusedForTheReasonItWouldBeAlone() {
        fixture.givenNoPriorActivity()
               .when(batch(value("c1", "jsr", "0.5", JAN), value("c2", "samsung", "0.1", JAN)))
               .expectException(rejectedAt(1, InvalidInput.class, "BuyerIsNotItsOwnSupplier: "))
               .expectNoEvents();
        newFixture().givenNoPriorActivity()
                    .when(batch(value("c1", "ghost", "0.5", JAN)))
                    .expectException(rejectedAt(0, RuleViolated.class, "SupplierIsARegisteredFirm: "))
                    .expectNoEvents();
        newFixture().givenNoPriorActivity()
                    .when(batch(value("c1", "jsr", "0.5", JAN), value("c2", "tok", "1.5", JAN)))
                    .expectException(rejectedAt(1, InvalidInput.class, "ShareWithinZeroAndOne: "))
                    .expectNoEvents();
        newFixture().givenNoPriorActivity()
                    .when(new RecordSourcingChanges("samsung", "unobtainium",
                                                    List.of(value("c1", "jsr", "0.5", JAN))))
                    .expectException(rejectedAt(0, RuleViolated.class, "ComponentIsRegistered: "))
                    .expectNoEvents();
    }

    @Test
    void aChangeIdRecordedBeforeOrEarlierInTheBatchIsAConflict() {
        fixture.given(changed("c1", "jsr", "0.5", JAN))
               .when(batch(value("c2", "tok", "0.1", JAN), value("c1", "tok", "0.1", JUN)))
               .expectException(rejectedAt(1, Conflict.class, "Change c1 is already recorded"));
        newFixture().givenNoPriorActivity()
                    .when(batch(value("c1", "jsr", "0.1", JAN), value("c1", "tok", "0.1", JUN)))
                    .expectException(rejectedAt(1, Conflict.class, "Change c1 is already recorded"))
                    .expectNoEvents();
    }

    @Test
    void aBatchWithoutChangesIsInvalid() {
        fixture.givenNoPriorActivity()
               .when(batch())
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void aBatchAboveTheLimitIsInvalid() {
        SourcingChangeValue[] changes = new SourcingChangeValue[RecordSourcingChanges.MAX_CHANGES + 1];
        for (int i = 0; i < changes.length; i++) {
            changes[i] = value("c" + i, "jsr", "0.1", JAN.plusDays(i));
        }
        fixture.givenNoPriorActivity()
               .when(batch(changes))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void retractingInAPlanThatDoesNotExistIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(new RetractSourcingChange("c1", "samsung", "resist"))
               .expectException(AggregateNotFoundException.class);
    }
}
