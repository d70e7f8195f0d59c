package org.sobujang.command.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.Reference;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.directory.InMemoryDirectory;

/** Each rule of a firm on its own, at the edges where it starts to refuse. */
class FirmRulesTest {

    @Nested
    class FirmNameNotBlankTest {

        @Test
        void anyVisibleNameIsAccepted() {
            assertThatCode(() -> FirmNameNotBlank.check("A")).doesNotThrowAnyException();
        }

        @Test
        void aMissingOrBlankNameIsRefused() {
            for (String name : new String[] {null, "", " ", "\t\n"}) {
                assertThatThrownBy(() -> FirmNameNotBlank.check(name))
                        .as("'%s'", name)
                        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("name"))
                        .hasMessage("FirmNameNotBlank: a firm's name must not be blank");
            }
        }
    }

    @Nested
    class FirmCountryIsIsoCodeTest {

        @Test
        void anIsoCodeIsAccepted() {
            assertThatCode(() -> FirmCountryIsIsoCode.check("KR")).doesNotThrowAnyException();
        }

        @Test
        void anythingElseIsRefused() {
            for (String country : new String[] {"kr", "XX", "KOR", "", null}) {
                assertThatThrownBy(() -> FirmCountryIsIsoCode.check(country))
                        .as("'%s'", country)
                        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("country"))
                        .hasMessage("FirmCountryIsIsoCode: " + country + " is not an ISO 3166-1 alpha-2 country code");
            }
        }
    }

    @Nested
    class FirmSizeKnownTest {

        @Test
        void everySizeIsKnown() {
            for (FirmSize size : FirmSize.values()) {
                assertThatCode(() -> FirmSizeKnown.check(size)).doesNotThrowAnyException();
            }
        }

        @Test
        void noSizeIsRefused() {
            assertThatThrownBy(() -> FirmSizeKnown.check(null))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("size"))
                    .hasMessage("FirmSizeKnown: a firm's size must be one of SME, MIDSIZE, LARGE");
        }
    }

    @Nested
    class CapabilityTrlInRangeTest {

        @Test
        void levelsOneToNineAreAccepted() {
            assertThatCode(() -> CapabilityTrlInRange.check(1)).doesNotThrowAnyException();
            assertThatCode(() -> CapabilityTrlInRange.check(9)).doesNotThrowAnyException();
        }

        @Test
        void levelsOutsideAreRefused() {
            for (int level : new int[] {0, 10, -1, Integer.MAX_VALUE}) {
                assertThatThrownBy(() -> CapabilityTrlInRange.check(level))
                        .as("%d", level)
                        .isInstanceOfSatisfying(InvalidInput.class,
                                                e -> assertThat(e.field()).isEqualTo("technologyReadiness"))
                        .hasMessage("CapabilityTrlInRange: technology readiness must be between 1 and 9");
            }
        }
    }

    @Nested
    class CapabilityForKnownComponentTest {

        private final InMemoryDirectory directory = new InMemoryDirectory().withComponent("resist").withFirm("jsr");

        @Test
        void aRegisteredComponentIsAccepted() {
            assertThatCode(() -> CapabilityForKnownComponent.check(directory, "resist")).doesNotThrowAnyException();
        }

        @Test
        void anUnknownComponentIsRefused() {
            assertThatThrownBy(() -> CapabilityForKnownComponent.check(directory, "jsr"))
                    .isInstanceOfSatisfying(RuleViolated.class,
                                            e -> assertThat(e.unknown()).contains(Reference.component("jsr")))
                    .hasMessage("CapabilityForKnownComponent: component jsr is not registered");
        }
    }

    @Nested
    class WithdrawalNotBeforeDeclarationTest {

        private final LocalDate since = LocalDate.of(2020, 3, 1);

        @Test
        void aWithdrawalOnOrAfterTheDeclarationIsAccepted() {
            assertThatCode(() -> WithdrawalNotBeforeDeclaration.check("resist", since, since))
                    .doesNotThrowAnyException();
        }

        @Test
        void aWithdrawalTheDayBeforeIsRefused() {
            assertThatThrownBy(() -> WithdrawalNotBeforeDeclaration.check("resist", since, since.minusDays(1)))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("WithdrawalNotBeforeDeclaration: the capability for component resist holds from "
                                        + "2020-03-01, it cannot be withdrawn from 2020-02-29");
        }
    }
}
