package org.sobujang.command.firm;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.firm.DeclareCapability;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.firm.FirmCapabilityWithdrawn;
import org.sobujang.api.firm.FirmRegistered;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.api.firm.RegisterFirm;
import org.sobujang.api.firm.WithdrawCapability;
import org.sobujang.command.Conflict;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.NotFound;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.directory.InMemoryDirectory;

class FirmTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final FirmRegistered ACME = new FirmRegistered("acme", "Acme Materials", "KR", FirmSize.SME, "110-81-12345");

    private FixtureConfiguration<Firm> fixture;
    private InMemoryDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Firm.class);
        directory = new InMemoryDirectory().withComponent("photoresist");
        fixture.registerInjectableResource(directory);
    }

    @Test
    void aFirmIsRegistered() {
        fixture.givenNoPriorActivity()
               .when(new RegisterFirm("acme", "Acme Materials", "KR", FirmSize.SME, "110-81-12345"))
               .expectSuccessfulHandlerExecution()
               .expectEvents(ACME);
    }

    @Test
    void aFirmWithoutRegistrationNumberIsRegistered() {
        fixture.givenNoPriorActivity()
               .when(new RegisterFirm("jsr", "JSR", "JP", FirmSize.LARGE, null))
               .expectEvents(new FirmRegistered("jsr", "JSR", "JP", FirmSize.LARGE, null));
    }

    @Test
    void repeatingARegistrationWithTheSameDetailsRecordsNothing() {
        fixture.given(ACME)
               .when(new RegisterFirm("acme", "Acme Materials", "KR", FirmSize.SME, "110-81-12345"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void repeatingARegistrationWithOtherDetailsIsAConflict() {
        fixture.given(ACME)
               .when(new RegisterFirm("acme", "Acme Materials", "KR", FirmSize.LARGE, "110-81-12345"))
               .expectException(Conflict.class)
               .expectNoEvents();
    }

    @Test
    void blankNamesAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RegisterFirm("acme", "  ", "KR", FirmSize.SME, null))
               .expectException(InvalidInput.class)
               .expectExceptionMessage("FirmNameNotBlank: a firm's name must not be blank")
               .expectNoEvents();
    }

    @Test
    void unknownCountryCodesAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RegisterFirm("acme", "Acme", "XX", FirmSize.SME, null))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void lowerCaseCountryCodesAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RegisterFirm("acme", "Acme", "kr", FirmSize.SME, null))
               .expectException(InvalidInput.class);
    }

    @Test
    void firmsWithoutSizeAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RegisterFirm("acme", "Acme", "KR", null, null))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void idsOutsideThePatternAreRejected() {
        fixture.givenNoPriorActivity()
               .when(new RegisterFirm("acme/1", "Acme", "KR", FirmSize.SME, null))
               .expectException(InvalidInput.class);
    }

    @Test
    void aRegistrationNumberOfAnotherFirmIsAConflict() {
        directory.withFirm("other", "KR", FirmSize.LARGE, "110-81-12345");
        fixture.givenNoPriorActivity()
               .when(new RegisterFirm("acme", "Acme", "KR", FirmSize.SME, "110-81-12345"))
               .expectException(Conflict.class)
               .expectExceptionMessage("UniqueRegistrationNumber: registration number 110-81-12345 belongs to another firm")
               .expectNoEvents();
    }

    @Test
    void aCapabilityIsDeclared() {
        fixture.given(ACME)
               .when(new DeclareCapability("acme", "photoresist", 7, new BigDecimal("1200"), "t", JAN_1))
               .expectEvents(new FirmCapabilityDeclared("acme", "photoresist", 7, new BigDecimal("1200"), "t", JAN_1));
    }

    @Test
    void aCapabilityOfAnUnknownFirmIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(new DeclareCapability("ghost", "photoresist", 7, null, null, JAN_1))
               .expectException(AggregateNotFoundException.class);
    }

    @Test
    void trlBelowOneIsRejected() {
        fixture.given(ACME)
               .when(new DeclareCapability("acme", "photoresist", 0, null, null, JAN_1))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void trlAboveNineIsRejected() {
        fixture.given(ACME)
               .when(new DeclareCapability("acme", "photoresist", 10, null, null, JAN_1))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void negativeCapacityIsRejected() {
        fixture.given(ACME)
               .when(new DeclareCapability("acme", "photoresist", 5, new BigDecimal("-1"), "t", JAN_1))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void zeroCapacityIsAccepted() {
        fixture.given(ACME)
               .when(new DeclareCapability("acme", "photoresist", 5, BigDecimal.ZERO, "t", JAN_1))
               .expectEvents(new FirmCapabilityDeclared("acme", "photoresist", 5, BigDecimal.ZERO, "t", JAN_1));
    }

    @Test
    void aCapabilityForAnUnknownComponentIsRejected() {
        fixture.given(ACME)
               .when(new DeclareCapability("acme", "unobtainium", 5, null, null, JAN_1))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("CapabilityForKnownComponent: component unobtainium is not registered")
               .expectNoEvents();
    }

    @Test
    void aCapabilityIsWithdrawn() {
        fixture.given(ACME, new FirmCapabilityDeclared("acme", "photoresist", 7, null, null, JAN_1))
               .when(new WithdrawCapability("acme", "photoresist", JAN_1.plusMonths(6)))
               .expectEvents(new FirmCapabilityWithdrawn("acme", "photoresist", JAN_1.plusMonths(6)));
    }

    @Test
    void withdrawingACapabilityTheFirmDoesNotHaveIsNotFound() {
        fixture.given(ACME)
               .when(new WithdrawCapability("acme", "photoresist", JAN_1))
               .expectException(NotFound.class)
               .expectNoEvents();
    }

    @Test
    void withdrawingTwiceIsNotFound() {
        fixture.given(ACME, new FirmCapabilityDeclared("acme", "photoresist", 7, null, null, JAN_1),
                      new FirmCapabilityWithdrawn("acme", "photoresist", JAN_1.plusDays(1)))
               .when(new WithdrawCapability("acme", "photoresist", JAN_1.plusDays(2)))
               .expectException(NotFound.class);
    }

    @Test
    void aRedeclaredCapabilityCanBeWithdrawnAgain() {
        fixture.given(ACME, new FirmCapabilityDeclared("acme", "photoresist", 7, null, null, JAN_1),
                      new FirmCapabilityWithdrawn("acme", "photoresist", JAN_1.plusDays(1)),
                      new FirmCapabilityDeclared("acme", "photoresist", 8, null, null, JAN_1.plusDays(5)))
               .when(new WithdrawCapability("acme", "photoresist", JAN_1.plusDays(9)))
               .expectEvents(new FirmCapabilityWithdrawn("acme", "photoresist", JAN_1.plusDays(9)));
    }

    @Test
    void withdrawalBeforeTheCapabilityBeganIsRejected() {
        fixture.given(ACME, new FirmCapabilityDeclared("acme", "photoresist", 7, null, null, JAN_1))
               .when(new WithdrawCapability("acme", "photoresist", JAN_1.minusDays(1)))
               .expectException(RuleViolated.class)
               .expectNoEvents();
    }
}
