package org.sobujang.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules that several aggregates share, and what every rule is: a type whose name the API answers with. */
class SharedRulesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class ARule {

        private static final class SomethingHolds extends Rule {

            RuleViolated broken() {
                return violated("because");
            }
        }

        @Test
        void isNamedByItsType() {
            RuleViolated refusal = new SomethingHolds().broken();

            assertThat(new SomethingHolds().name()).isEqualTo("SomethingHolds");
            assertThat(refusal.rule()).isEqualTo("SomethingHolds");
            assertThat(refusal).hasMessage("SomethingHolds: because");
            assertThat(refusal.unknown()).isEmpty();
        }

        @Test
        void withoutANameIsNoRule() {
            assertThatThrownBy(() -> new Rule() {
            }).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void brokenByAnUnknownObjectNamesTheReference() {
            RuleViolated refusal = RuleViolated.unknown(new SomethingHolds(), Reference.component("resist"));

            assertThat(refusal).hasMessage("SomethingHolds: component resist is not registered");
            assertThat(refusal.unknown()).contains(Reference.component("resist"));
            assertThat(Reference.component("resist").notFound()).hasMessage("Component resist does not exist");
        }
    }

    @Nested
    class QuantityWithinRangeTest {

        @Test
        void zeroAndTheMaximumAreQuantities() {
            assertThat(QuantityWithinRange.check("annualVolume", d("0"))).isEqualByComparingTo("0");
            assertThat(QuantityWithinRange.check("annualVolume", d("1E15"))).isEqualByComparingTo("1E15");
            assertThat(QuantityWithinRange.check("annualVolume", d("0.000001"))).isEqualByComparingTo("0.000001");
            assertThat(QuantityWithinRange.check("annualVolume", null)).isNull();
        }

        @Test
        void belowZeroAboveTheMaximumOrTooFineIsRefused() {
            for (String value : new String[] {"-0.000001", "1000000000000000.000001", "0.0000001", "1e400"}) {
                assertThatThrownBy(() -> QuantityWithinRange.check("annualVolume", d(value)))
                        .as(value)
                        .isInstanceOfSatisfying(InvalidInput.class,
                                                e -> assertThat(e.field()).isEqualTo("annualVolume"))
                        .hasMessageStartingWith("QuantityWithinRange: ");
            }
        }

        @Test
        void trailingZerosDoNotCountAndAreNotStored() {
            assertThat(QuantityWithinRange.check("weightKg", d("2.50000000")).toPlainString()).isEqualTo("2.5");
        }

        @Test
        void aFileReportsTheRefusalAsItsRowError() {
            assertThat(QuantityWithinRange.refusal(d("1e16")))
                    .contains("QuantityWithinRange: a quantity must be between 0 and 1E15");
            assertThat(QuantityWithinRange.refusal(d("1e15"))).isEmpty();
        }
    }

    @Nested
    class HsCodeHasSixToTenDigitsTest {

        @Test
        void sixToTenDigitsAreAnHsCode() {
            assertThatCode(() -> HsCodeHasSixToTenDigits.check("hsCode", "370790")).doesNotThrowAnyException();
            assertThatCode(() -> HsCodeHasSixToTenDigits.check("hsCode", "3707901000")).doesNotThrowAnyException();
        }

        @Test
        void fewerOrMoreDigitsOrOtherCharactersAreRefused() {
            for (String code : new String[] {"37079", "37079010001", "37079a", "3707.90", " 370790", ""}) {
                assertThatThrownBy(() -> HsCodeHasSixToTenDigits.check("hsCode", code))
                        .as(code)
                        .isInstanceOf(InvalidInput.class)
                        .hasMessage("HsCodeHasSixToTenDigits: " + code + " is not an HS code of 6 to 10 digits");
            }
            assertThat(HsCodeHasSixToTenDigits.holdsFor(null)).isFalse();
        }
    }

    @Nested
    class BuyerIsNotItsOwnSupplierTest {

        @Test
        void anotherFirmMaySupply() {
            assertThatCode(() -> BuyerIsNotItsOwnSupplier.check("supplierId", "samsung", "jsr",
                                                                "supply its own demand"))
                    .doesNotThrowAnyException();
        }

        @Test
        void theBuyerItselfMayNot() {
            assertThatThrownBy(() -> BuyerIsNotItsOwnSupplier.check("supplierId", "samsung", "samsung",
                                                                    "supply its own demand"))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("supplierId"))
                    .hasMessage("BuyerIsNotItsOwnSupplier: firm samsung cannot supply its own demand");
        }
    }

    @Nested
    class UniqueRegistrationNumberTest {

        @Test
        void aFreeNumberOrTheFirmsOwnIsAccepted() {
            assertThatCode(() -> UniqueRegistrationNumber.check("acme", "110-81-12345", Optional.empty()))
                    .doesNotThrowAnyException();
            assertThatCode(() -> UniqueRegistrationNumber.check("acme", "110-81-12345", Optional.of("acme")))
                    .doesNotThrowAnyException();
        }

        @Test
        void anotherFirmsNumberIsAConflict() {
            assertThatThrownBy(() -> UniqueRegistrationNumber.check("acme", "110-81-12345", Optional.of("other")))
                    .isInstanceOf(Conflict.class)
                    .hasMessage("UniqueRegistrationNumber: registration number 110-81-12345 belongs to another firm");
            assertThat(UniqueRegistrationNumber.takenConcurrently("110-81-12345"))
                    .hasMessageStartingWith("UniqueRegistrationNumber: ");
        }
    }
}
