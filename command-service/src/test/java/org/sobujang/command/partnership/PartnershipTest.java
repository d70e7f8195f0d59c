package org.sobujang.command.partnership;

import java.time.LocalDate;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.partnership.AdvancePartnershipStage;
import org.sobujang.api.partnership.PartnershipKind;
import org.sobujang.api.partnership.PartnershipRegistered;
import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.api.partnership.PartnershipStageAdvanced;
import org.sobujang.api.partnership.PartnershipTerminated;
import org.sobujang.api.partnership.RegisterPartnership;
import org.sobujang.command.Conflict;
import org.sobujang.command.HomeCountry;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.directory.InMemoryDirectory;

import static org.sobujang.api.partnership.PartnershipStage.AGREED;
import static org.sobujang.api.partnership.PartnershipStage.DEVELOPMENT;
import static org.sobujang.api.partnership.PartnershipStage.MASS_PRODUCTION;
import static org.sobujang.api.partnership.PartnershipStage.PRODUCTION_EVALUATION;
import static org.sobujang.api.partnership.PartnershipStage.PROTOTYPE;
import static org.sobujang.api.partnership.PartnershipStage.RELIABILITY_EVALUATION;
import static org.sobujang.api.partnership.PartnershipStage.TERMINATED;

class PartnershipTest {

    private static final LocalDate STARTED = LocalDate.of(2019, 9, 1);
    private static final PartnershipRegistered REGISTERED = new PartnershipRegistered(
            "p1", "samsung", "soulbrain", "hf", PartnershipKind.JOINT_RND, STARTED, "material-parts-2019");

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partnership.class);
        fixture.registerInjectableResource(new InMemoryDirectory()
                                                   .withFirm("samsung", "KR", FirmSize.LARGE, null)
                                                   .withFirm("hyundai-mobis", "KR", FirmSize.MIDSIZE, null)
                                                   .withFirm("dongjin", "KR", FirmSize.MIDSIZE, null)
                                                   .withFirm("soulbrain", "KR", FirmSize.SME, null)
                                                   .withFirm("tiny", "KR", FirmSize.SME, null)
                                                   .withFirm("stella", "JP", FirmSize.SME, null)
                                                   .withFirm("skc", "KR", FirmSize.LARGE, null)
                                                   .withComponent("hf"));
        fixture.registerInjectableResource(new HomeCountry("KR"));
    }

    private static RegisterPartnership register(String buyer, String supplier, String component) {
        return RegisterPartnership.of("p1", buyer, supplier, component, PartnershipKind.JOINT_RND, STARTED,
                                      "material-parts-2019");
    }

    private static AdvancePartnershipStage advance(PartnershipStage stage, LocalDate on) {
        return new AdvancePartnershipStage(AggregateIds.partnership("samsung", "soulbrain", "p1"), stage, on, null);
    }

    private static PartnershipStageAdvanced advanced(PartnershipStage from, PartnershipStage to, LocalDate on) {
        return new PartnershipStageAdvanced("p1", "samsung", "soulbrain", "hf", from, to, on, null);
    }

    @Test
    void aLargeBuyerAndADomesticSmeSupplierArePartnered() {
        fixture.givenNoPriorActivity()
               .when(register("samsung", "soulbrain", "hf"))
               .expectEvents(REGISTERED);
    }

    @Test
    void aMidsizeBuyerAndAMidsizeSupplierArePartnered() {
        fixture.givenNoPriorActivity()
               .when(register("hyundai-mobis", "dongjin", "hf"))
               .expectEvents(new PartnershipRegistered("p1", "hyundai-mobis", "dongjin", "hf",
                                                       PartnershipKind.JOINT_RND, STARTED, "material-parts-2019"));
    }

    @Test
    void repeatingARegistrationWithTheSameDetailsRecordsNothing() {
        fixture.given(REGISTERED)
               .when(register("samsung", "soulbrain", "hf"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void repeatingARegistrationWithOtherDetailsIsAConflict() {
        fixture.given(REGISTERED)
               .when(RegisterPartnership.of("p1", "samsung", "soulbrain", "hf", PartnershipKind.SUPPLY_LINKAGE,
                                             STARTED, "material-parts-2019"))
               .expectException(Conflict.class)
               .expectNoEvents();
    }

    @Test
    void anSmeDemandFirmIsIneligible() {
        fixture.givenNoPriorActivity()
               .when(register("tiny", "soulbrain", "hf"))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("DemandFirmIsLargeOrMidsize: demand firm tiny is SME, a partnership needs "
                                               + "a LARGE or MIDSIZE demand firm")
               .expectNoEvents();
    }

    @Test
    void aForeignSupplierIsIneligible() {
        fixture.givenNoPriorActivity()
               .when(register("samsung", "stella", "hf"))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("SupplierIsDomestic: supplier stella is based in JP, a partnership needs a "
                                               + "supplier from KR")
               .expectNoEvents();
    }

    @Test
    void aLargeSupplierIsIneligible() {
        fixture.givenNoPriorActivity()
               .when(register("samsung", "skc", "hf"))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("SupplierIsSmeOrMidsize: supplier skc is LARGE, a partnership needs an SME "
                                               + "or MIDSIZE supplier")
               .expectNoEvents();
    }

    @Test
    void anUnknownComponentIsRejected() {
        fixture.givenNoPriorActivity()
               .when(register("samsung", "soulbrain", "unobtainium"))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("PartnershipComponentIsRegistered: component unobtainium is not registered")
               .expectNoEvents();
    }

    @Test
    void anUnknownBuyerIsNamed() {
        fixture.givenNoPriorActivity()
               .when(register("ghost", "soulbrain", "hf"))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("PartnershipBuyerIsRegisteredFirm: firm ghost is not registered");
    }

    @Test
    void anUnknownSupplierIsNamed() {
        fixture.givenNoPriorActivity()
               .when(register("samsung", "ghost", "hf"))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("PartnershipSupplierIsRegisteredFirm: firm ghost is not registered");
    }

    @Test
    void aFirmCannotPartnerWithItself() {
        fixture.givenNoPriorActivity()
               .when(register("dongjin", "dongjin", "hf"))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void aPartnershipWithoutKindOrStartIsRejected() {
        fixture.givenNoPriorActivity()
               .when(RegisterPartnership.of("p1", "samsung", "soulbrain", "hf", null, STARTED, null))
               .expectException(InvalidInput.class);
        fixture.givenNoPriorActivity()
               .when(RegisterPartnership.of("p1", "samsung", "soulbrain", "hf", PartnershipKind.JOINT_RND, null, null))
               .expectException(InvalidInput.class);
    }

    @Test
    void aPartnershipMovesToTheNextStage() {
        fixture.given(REGISTERED)
               .when(new AdvancePartnershipStage("p1", DEVELOPMENT, STARTED.plusMonths(3), "kick-off"))
               .expectEvents(new PartnershipStageAdvanced("p1", "samsung", "soulbrain", "hf", AGREED, DEVELOPMENT,
                                                          STARTED.plusMonths(3), "kick-off"));
    }

    @Test
    void stagesMaySkipForward() {
        fixture.given(REGISTERED)
               .when(advance(RELIABILITY_EVALUATION, STARTED.plusMonths(6)))
               .expectEvents(advanced(AGREED, RELIABILITY_EVALUATION, STARTED.plusMonths(6)));
    }

    @Test
    void aStageOnTheSameDateAsThePreviousIsAccepted() {
        fixture.given(REGISTERED, advanced(AGREED, DEVELOPMENT, STARTED))
               .when(advance(PROTOTYPE, STARTED))
               .expectEvents(advanced(DEVELOPMENT, PROTOTYPE, STARTED));
    }

    @Test
    void aStageBeforeThePreviousStagesDateIsRejected() {
        fixture.given(REGISTERED, advanced(AGREED, DEVELOPMENT, STARTED.plusMonths(2)))
               .when(advance(PROTOTYPE, STARTED.plusMonths(1)))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("StageNotDatedBeforePrevious: partnership p1 entered DEVELOPMENT on "
                                               + "2019-11-01, PROTOTYPE cannot be dated 2019-10-01")
               .expectNoEvents();
    }

    @Test
    void theFirstStageIsNotDatedBeforeTheStart() {
        fixture.given(REGISTERED)
               .when(advance(DEVELOPMENT, STARTED.minusDays(1)))
               .expectException(RuleViolated.class)
               .expectNoEvents();
    }

    @Test
    void stagesDoNotMoveBackwards() {
        fixture.given(REGISTERED, advanced(AGREED, PROTOTYPE, STARTED.plusMonths(1)))
               .when(advance(DEVELOPMENT, STARTED.plusMonths(2)))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("StagesMoveForwardOnly: partnership p1 is at PROTOTYPE, it cannot move to "
                                               + "DEVELOPMENT")
               .expectNoEvents();
    }

    @Test
    void theSameStageAgainIsRejected() {
        fixture.given(REGISTERED, advanced(AGREED, PROTOTYPE, STARTED.plusMonths(1)))
               .when(advance(PROTOTYPE, STARTED.plusMonths(2)))
               .expectException(RuleViolated.class)
               .expectNoEvents();
    }

    @Test
    void agreedCannotBeReEntered() {
        fixture.given(REGISTERED)
               .when(advance(AGREED, STARTED.plusDays(1)))
               .expectException(RuleViolated.class)
               .expectNoEvents();
    }

    @Test
    void aPartnershipIsTerminatedFromAnyNonFinalStage() {
        fixture.given(REGISTERED, advanced(AGREED, PRODUCTION_EVALUATION, STARTED.plusYears(1)))
               .when(new AdvancePartnershipStage("p1", TERMINATED, STARTED.plusYears(2), "failed qualification"))
               .expectEvents(new PartnershipTerminated("p1", "samsung", "soulbrain", "hf", PRODUCTION_EVALUATION,
                                                       STARTED.plusYears(2), "failed qualification"));
    }

    @Test
    void nothingFollowsTermination() {
        fixture.given(REGISTERED, new PartnershipTerminated("p1", "samsung", "soulbrain", "hf", AGREED,
                                                            STARTED.plusMonths(1), null))
               .when(advance(DEVELOPMENT, STARTED.plusMonths(2)))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("NothingAfterTermination: partnership p1 was terminated on 2019-10-01")
               .expectNoEvents();
    }

    @Test
    void terminationIsNotRepeated() {
        fixture.given(REGISTERED, new PartnershipTerminated("p1", "samsung", "soulbrain", "hf", AGREED,
                                                            STARTED.plusMonths(1), null))
               .when(advance(TERMINATED, STARTED.plusMonths(2)))
               .expectException(RuleViolated.class)
               .expectNoEvents();
    }

    @Test
    void afterMassProductionOnlyTerminationIsAccepted() {
        fixture.given(REGISTERED, advanced(AGREED, MASS_PRODUCTION, STARTED.plusYears(1)))
               .when(advance(PRODUCTION_EVALUATION, STARTED.plusYears(2)))
               .expectException(RuleViolated.class)
               .expectExceptionMessage("OnlyTerminationAfterMassProduction: partnership p1 reached MASS_PRODUCTION "
                                               + "on 2020-09-01, it can only be terminated")
               .expectNoEvents();
        fixture.given(REGISTERED, advanced(AGREED, MASS_PRODUCTION, STARTED.plusYears(1)))
               .when(advance(TERMINATED, STARTED.plusYears(2)))
               .expectEvents(new PartnershipTerminated("p1", "samsung", "soulbrain", "hf", MASS_PRODUCTION,
                                                       STARTED.plusYears(2), null));
    }

    @Test
    void aStageWithoutDateIsInvalid() {
        fixture.given(REGISTERED)
               .when(advance(DEVELOPMENT, null))
               .expectException(InvalidInput.class)
               .expectNoEvents();
    }

    @Test
    void anUnknownPartnershipCannotAdvance() {
        fixture.givenNoPriorActivity()
               .when(advance(DEVELOPMENT, STARTED))
               .expectException(AggregateNotFoundException.class);
    }
}
