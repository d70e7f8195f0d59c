package org.sobujang.command.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.Reference;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.directory.InMemoryDirectory;

/** Each rule of a sourcing plan on its own, at the edges where it starts to refuse. */
class SourcingRulesTest {

    private static final LocalDate JAN = LocalDate.of(2020, 1, 1);
    private static final LocalDate JUN = LocalDate.of(2020, 6, 1);

    private final InMemoryDirectory directory = new InMemoryDirectory().withFirm("samsung").withFirm("jsr")
                                                                       .withComponent("resist");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static ShareTimeline.Step change(String changeId, LocalDate from, long order, String supplier,
                                             String share) {
        return new ShareTimeline.Step(changeId, from, order, Map.of(supplier, d(share)), false);
    }

    @Nested
    class ShareWithinZeroAndOneTest {

        @Test
        void zeroOneAndTwentyDecimalsAreShares() {
            assertThat(ShareWithinZeroAndOne.check("share", d("0"))).isEqualByComparingTo("0");
            assertThat(ShareWithinZeroAndOne.check("share", d("1"))).isEqualByComparingTo("1");
            assertThat(ShareWithinZeroAndOne.check("share", d("0.00000000000000000001")))
                    .isEqualByComparingTo("1E-20");
            assertThat(ShareWithinZeroAndOne.check("share", d("0.50000000000000000000000")).toPlainString())
                    .isEqualTo("0.5");
        }

        @Test
        void belowZeroAboveOneTooFineOrMissingIsRefusedNamingTheField() {
            for (String share : new String[] {"-0.00000000000000000001", "1.00000000000000000001",
                    "0.000000000000000000001", "1e400"}) {
                assertThatThrownBy(() -> ShareWithinZeroAndOne.check("shares[2].share", d(share)))
                        .as(share)
                        .isInstanceOfSatisfying(InvalidInput.class,
                                                e -> assertThat(e.field()).isEqualTo("shares[2].share"))
                        .hasMessageStartingWith("ShareWithinZeroAndOne: ");
            }
            assertThatThrownBy(() -> ShareWithinZeroAndOne.check("share", null))
                    .hasMessage("ShareWithinZeroAndOne: a share is required");
        }
    }

    @Nested
    class SharesNeverExceedDemandTest {

        @Test
        void sharesSummingToExactlyOneAreAccepted() {
            assertThatCode(() -> SharesNeverExceedDemand.check(List.of(change("c1", JAN, 0, "jsr", "0.7"),
                                                                       change("c2", JAN, 1, "tok", "0.3"))))
                    .doesNotThrowAnyException();
        }

        @Test
        void theFirstDateOnWhichTheyExceedOneIsNamed() {
            assertThatThrownBy(() -> SharesNeverExceedDemand.check(List.of(
                    change("c1", JAN, 0, "jsr", "0.7"), change("c2", JUN, 1, "tok", "0.30000000000000000001"))))
                    .isInstanceOfSatisfying(RuleViolated.class,
                                            e -> assertThat(e.rule()).isEqualTo("SharesNeverExceedDemand"))
                    .hasMessage("SharesNeverExceedDemand: shares would sum to 1.00000000000000000001 on 2020-06-01");
        }

        @Test
        void aRetractionIsRefusedWhenWhatRemainsExceedsOne() {
            assertThatThrownBy(() -> SharesNeverExceedDemand.checkWithout("c2", List.of(
                    change("c1", JAN, 0, "jsr", "0.6"), change("c3", JUN, 2, "tok", "0.5"))))
                    .hasMessage("SharesNeverExceedDemand: without change c2 shares would sum to 1.1 on 2020-06-01");
        }
    }

    @Nested
    class BuyerIsARegisteredFirmTest {

        @Test
        void aRegisteredBuyerIsAccepted() {
            assertThatCode(() -> BuyerIsARegisteredFirm.check(directory, "samsung")).doesNotThrowAnyException();
        }

        @Test
        void anUnknownBuyerIsRefusedNamingTheReference() {
            assertThatThrownBy(() -> BuyerIsARegisteredFirm.check(directory, "ghost"))
                    .isInstanceOfSatisfying(RuleViolated.class,
                                            e -> assertThat(e.unknown()).contains(Reference.firm("ghost")))
                    .hasMessage("BuyerIsARegisteredFirm: firm ghost is not registered");
        }
    }

    @Nested
    class ComponentIsRegisteredTest {

        @Test
        void aRegisteredComponentIsAccepted() {
            assertThatCode(() -> ComponentIsRegistered.check(directory, "resist")).doesNotThrowAnyException();
        }

        @Test
        void anUnknownComponentIsRefusedNamingTheReference() {
            // a firm of that id is no component
            assertThatThrownBy(() -> ComponentIsRegistered.check(directory, "jsr"))
                    .isInstanceOfSatisfying(RuleViolated.class,
                                            e -> assertThat(e.unknown()).contains(Reference.component("jsr")))
                    .hasMessage("ComponentIsRegistered: component jsr is not registered");
        }
    }

    @Nested
    class SupplierIsARegisteredFirmTest {

        @Test
        void aRegisteredSupplierIsAccepted() {
            assertThatCode(() -> SupplierIsARegisteredFirm.check(directory, "jsr")).doesNotThrowAnyException();
        }

        @Test
        void anUnknownSupplierIsRefused() {
            assertThatThrownBy(() -> SupplierIsARegisteredFirm.check(directory, "resist"))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("SupplierIsARegisteredFirm: firm resist is not registered");
        }
    }

    @Nested
    class SupplierListedOnceTest {

        @Test
        void aSupplierNotListedYetIsAccepted() {
            assertThatCode(() -> SupplierListedOnce.check("shares[1].supplierId", Set.of("jsr"), "tok"))
                    .doesNotThrowAnyException();
        }

        @Test
        void aSupplierListedAgainIsRefusedWhereItIsRepeated() {
            assertThatThrownBy(() -> SupplierListedOnce.check("shares[1].supplierId", Set.of("jsr"), "jsr"))
                    .isInstanceOfSatisfying(InvalidInput.class,
                                            e -> assertThat(e.field()).isEqualTo("shares[1].supplierId"))
                    .hasMessage("SupplierListedOnce: supplier jsr is listed more than once in the revision");
        }
    }
}
