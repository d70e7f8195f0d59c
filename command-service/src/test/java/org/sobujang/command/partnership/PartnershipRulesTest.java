package org.sobujang.command.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sobujang.api.partnership.PartnershipStage.AGREED;
import static org.sobujang.api.partnership.PartnershipStage.DEVELOPMENT;
import static org.sobujang.api.partnership.PartnershipStage.MASS_PRODUCTION;
import static org.sobujang.api.partnership.PartnershipStage.PRODUCTION_EVALUATION;
import static org.sobujang.api.partnership.PartnershipStage.PROTOTYPE;
import static org.sobujang.api.partnership.PartnershipStage.TERMINATED;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.command.HomeCountry;
import org.sobujang.command.Reference;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.directory.Directory.FirmEntry;
import org.sobujang.command.directory.InMemoryDirectory;

/** Each rule of a partnership on its own, at the edges where it starts to refuse. */
class PartnershipRulesTest {

    private static final LocalDate SEP_1 = LocalDate.of(2019, 9, 1);

    private final InMemoryDirectory directory = new InMemoryDirectory()
            .withFirm("samsung", "KR", FirmSize.LARGE, null).withComponent("hf");

    private static FirmEntry firm(String country, FirmSize size) {
        return new FirmEntry("f1", country, size, null);
    }

    @Nested
    class PartnershipBuyerIsRegisteredFirmTest {

        @Test
        void aRegisteredBuyerIsLookedUp() {
            assertThat(PartnershipBuyerIsRegisteredFirm.check(directory, "samsung").size()).isEqualTo(FirmSize.LARGE);
        }

        @Test
        void anUnknownBuyerIsRefused() {
            assertThatThrownBy(() -> PartnershipBuyerIsRegisteredFirm.check(directory, "hf"))
                    .isInstanceOfSatisfying(RuleViolated.class,
                                            e -> assertThat(e.unknown()).contains(Reference.firm("hf")))
                    .hasMessage("PartnershipBuyerIsRegisteredFirm: firm hf is not registered");
        }
    }

    @Nested
    class PartnershipSupplierIsRegisteredFirmTest {

        @Test
        void aRegisteredSupplierIsLookedUp() {
            assertThat(PartnershipSupplierIsRegisteredFirm.check(directory, "samsung").firmId()).isEqualTo("samsung");
        }

        @Test
        void anUnknownSupplierIsRefused() {
            assertThatThrownBy(() -> PartnershipSupplierIsRegisteredFirm.check(directory, "ghost"))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("PartnershipSupplierIsRegisteredFirm: firm ghost is not registered");
        }
    }

    @Nested
    class PartnershipComponentIsRegisteredTest {

        @Test
        void aRegisteredComponentIsAccepted() {
            assertThatCode(() -> PartnershipComponentIsRegistered.check(directory, "hf")).doesNotThrowAnyException();
        }

        @Test
        void anUnknownComponentIsRefused() {
            assertThatThrownBy(() -> PartnershipComponentIsRegistered.check(directory, "samsung"))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("PartnershipComponentIsRegistered: component samsung is not registered");
        }
    }

    @Nested
    class DemandFirmIsLargeOrMidsizeTest {

        @Test
        void largeAndMidsizeFirmsMayBeDemandFirms() {
            assertThatCode(() -> DemandFirmIsLargeOrMidsize.check(firm("KR", FirmSize.LARGE)))
                    .doesNotThrowAnyException();
            assertThatCode(() -> DemandFirmIsLargeOrMidsize.check(firm("KR", FirmSize.MIDSIZE)))
                    .doesNotThrowAnyException();
        }

        @Test
        void anSmeMayNot() {
            assertThatThrownBy(() -> DemandFirmIsLargeOrMidsize.check(firm("KR", FirmSize.SME)))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("DemandFirmIsLargeOrMidsize: demand firm f1 is SME, a partnership needs a LARGE or "
                                        + "MIDSIZE demand firm");
        }
    }

    @Nested
    class SupplierIsDomesticTest {

        private final HomeCountry korea = new HomeCountry("KR");

        @Test
        void aSupplierOfTheHomeCountryIsAccepted() {
            assertThatCode(() -> SupplierIsDomestic.check(firm("KR", FirmSize.SME), korea)).doesNotThrowAnyException();
        }

        @Test
        void aForeignSupplierIsRefused() {
            assertThatThrownBy(() -> SupplierIsDomestic.check(firm("JP", FirmSize.SME), korea))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("SupplierIsDomestic: supplier f1 is based in JP, a partnership needs a supplier from KR");
        }
    }

    @Nested
    class SupplierIsSmeOrMidsizeTest {

        @Test
        void smesAndMidsizeFirmsMaySupply() {
            assertThatCode(() -> SupplierIsSmeOrMidsize.check(firm("KR", FirmSize.SME))).doesNotThrowAnyException();
            assertThatCode(() -> SupplierIsSmeOrMidsize.check(firm("KR", FirmSize.MIDSIZE)))
                    .doesNotThrowAnyException();
        }

        @Test
        void aLargeFirmMayNot() {
            assertThatThrownBy(() -> SupplierIsSmeOrMidsize.check(firm("KR", FirmSize.LARGE)))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("SupplierIsSmeOrMidsize: supplier f1 is LARGE, a partnership needs an SME or MIDSIZE "
                                        + "supplier");
        }
    }

    @Nested
    class NothingAfterTerminationTest {

        @Test
        void everyStageButTerminatedMayChange() {
            for (PartnershipStage stage : PartnershipStage.values()) {
                if (stage != TERMINATED) {
                    assertThatCode(() -> NothingAfterTermination.check("p1", stage, SEP_1)).doesNotThrowAnyException();
                }
            }
        }

        @Test
        void aTerminatedPartnershipMayNot() {
            assertThatThrownBy(() -> NothingAfterTermination.check("p1", TERMINATED, SEP_1))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("NothingAfterTermination: partnership p1 was terminated on 2019-09-01");
        }
    }

    @Nested
    class OnlyTerminationAfterMassProductionTest {

        @Test
        void massProductionMayEndInTermination() {
            assertThatCode(() -> OnlyTerminationAfterMassProduction.check("p1", MASS_PRODUCTION, SEP_1, TERMINATED))
                    .doesNotThrowAnyException();
            assertThatCode(() -> OnlyTerminationAfterMassProduction.check("p1", PRODUCTION_EVALUATION, SEP_1,
                                                                          MASS_PRODUCTION))
                    .doesNotThrowAnyException();
        }

        @Test
        void massProductionMayNotMoveAnywhereElse() {
            assertThatThrownBy(() -> OnlyTerminationAfterMassProduction.check("p1", MASS_PRODUCTION, SEP_1,
                                                                              PROTOTYPE))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("OnlyTerminationAfterMassProduction: partnership p1 reached MASS_PRODUCTION on "
                                        + "2019-09-01, it can only be terminated");
        }
    }

    @Nested
    class StagesMoveForwardOnlyTest {

        @Test
        void theNextStageALaterOneAndTerminationAreForward() {
            assertThatCode(() -> StagesMoveForwardOnly.check("p1", AGREED, DEVELOPMENT)).doesNotThrowAnyException();
            assertThatCode(() -> StagesMoveForwardOnly.check("p1", AGREED, MASS_PRODUCTION)).doesNotThrowAnyException();
            assertThatCode(() -> StagesMoveForwardOnly.check("p1", PROTOTYPE, TERMINATED)).doesNotThrowAnyException();
        }

        @Test
        void theSameStageOrAnEarlierOneIsRefused() {
            assertThatThrownBy(() -> StagesMoveForwardOnly.check("p1", PROTOTYPE, PROTOTYPE))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("StagesMoveForwardOnly: partnership p1 is at PROTOTYPE, it cannot move to PROTOTYPE");
            assertThatThrownBy(() -> StagesMoveForwardOnly.check("p1", PROTOTYPE, DEVELOPMENT))
                    .hasMessageStartingWith("StagesMoveForwardOnly: ");
        }
    }

    @Nested
    class StageNotDatedBeforePreviousTest {

        @Test
        void aStageOnTheDayThePreviousBeganIsAccepted() {
            assertThatCode(() -> StageNotDatedBeforePrevious.check("p1", AGREED, SEP_1, DEVELOPMENT, SEP_1))
                    .doesNotThrowAnyException();
        }

        @Test
        void aStageTheDayBeforeIsRefused() {
            assertThatThrownBy(() -> StageNotDatedBeforePrevious.check("p1", AGREED, SEP_1, DEVELOPMENT,
                                                                       SEP_1.minusDays(1)))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("StageNotDatedBeforePrevious: partnership p1 entered AGREED on 2019-09-01, "
                                        + "DEVELOPMENT cannot be dated 2019-08-31");
        }
    }
}
