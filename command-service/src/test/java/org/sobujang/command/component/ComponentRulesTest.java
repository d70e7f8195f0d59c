package org.sobujang.command.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sobujang.api.component.ImposeExportRestriction;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.RuleViolated;

/** Each rule of a component on its own, at the edges where it starts to refuse. */
class ComponentRulesTest {

    private static final LocalDate JUL_4 = LocalDate.of(2019, 7, 4);
    private static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);

    private static Component.Restriction license(LocalDate from, LocalDate liftedFrom) {
        return new Component.Restriction("r1", "JP", "KR", RestrictionMeasure.INDIVIDUAL_LICENSE, from, liftedFrom);
    }

    private static ImposeExportRestriction impose(RestrictionMeasure measure, String target, LocalDate from) {
        return new ImposeExportRestriction("resist", "r2", "JP", target, measure, from, null);
    }

    @Nested
    class ComponentNameNotBlankTest {

        @Test
        void anyVisibleNameIsAccepted() {
            assertThatCode(() -> ComponentNameNotBlank.check("EUV photoresist")).doesNotThrowAnyException();
        }

        @Test
        void aMissingOrBlankNameIsRefused() {
            for (String name : new String[] {null, "", " "}) {
                assertThatThrownBy(() -> ComponentNameNotBlank.check(name))
                        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("name"))
                        .hasMessage("ComponentNameNotBlank: a component's name must not be blank");
            }
        }
    }

    @Nested
    class NoOverlappingRestrictionsTest {

        @Test
        void theSameMeasureFromTheDayTheLastWasLiftedIsAccepted() {
            assertThatCode(() -> NoOverlappingRestrictions.check(
                    List.of(license(JUL_4, JAN_1)), impose(RestrictionMeasure.INDIVIDUAL_LICENSE, "KR", JAN_1)))
                    .doesNotThrowAnyException();
        }

        @Test
        void theSameMeasureTheDayBeforeItWasLiftedIsRefused() {
            assertThatThrownBy(() -> NoOverlappingRestrictions.check(
                    List.of(license(JUL_4, JAN_1)),
                    impose(RestrictionMeasure.INDIVIDUAL_LICENSE, "KR", JAN_1.minusDays(1))))
                    .isInstanceOfSatisfying(RuleViolated.class,
                                            e -> assertThat(e.rule()).isEqualTo("NoOverlappingRestrictions"))
                    .hasMessage("NoOverlappingRestrictions: JP already has INDIVIDUAL_LICENSE against KR on component "
                                        + "resist active from 2019-07-04 until 2020-01-01 (restriction r1)");
        }

        @Test
        void aRestrictionStillToComeBlocksAnEarlierOne() {
            assertThatThrownBy(() -> NoOverlappingRestrictions.check(
                    List.of(license(JAN_1, null)), impose(RestrictionMeasure.INDIVIDUAL_LICENSE, "KR", JUL_4)))
                    .hasMessageEndingWith("active from 2020-01-01 (restriction r1)");
        }

        @Test
        void anotherMeasureOrTargetOrARestrictionLiftedTheDayItBeganIsNoOverlap() {
            assertThatCode(() -> NoOverlappingRestrictions.check(
                    List.of(license(JUL_4, null), license(JAN_1, JAN_1)),
                    impose(RestrictionMeasure.BAN, "KR", JAN_1))).doesNotThrowAnyException();
            assertThatCode(() -> NoOverlappingRestrictions.check(
                    List.of(license(JUL_4, null)), impose(RestrictionMeasure.INDIVIDUAL_LICENSE, "CN", JAN_1)))
                    .doesNotThrowAnyException();
            assertThatCode(() -> NoOverlappingRestrictions.check(
                    List.of(license(JAN_1, JAN_1)), impose(RestrictionMeasure.INDIVIDUAL_LICENSE, "KR", JUL_4)))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class RestrictionLiftedAtMostOnceTest {

        @Test
        void aRestrictionInForceMayBeLifted() {
            assertThatCode(() -> RestrictionLiftedAtMostOnce.check(license(JUL_4, null))).doesNotThrowAnyException();
        }

        @Test
        void aLiftedRestrictionMayNotBeLiftedAgain() {
            assertThatThrownBy(() -> RestrictionLiftedAtMostOnce.check(license(JUL_4, JAN_1)))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("RestrictionLiftedAtMostOnce: restriction r1 was already lifted from 2020-01-01");
        }
    }

    @Nested
    class LiftNotBeforeImposedTest {

        @Test
        void aLiftOnTheDayTheRestrictionBeganIsAccepted() {
            assertThatCode(() -> LiftNotBeforeImposed.check(license(JUL_4, null), JUL_4)).doesNotThrowAnyException();
        }

        @Test
        void aLiftTheDayBeforeIsRefused() {
            assertThatThrownBy(() -> LiftNotBeforeImposed.check(license(JUL_4, null), JUL_4.minusDays(1)))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessage("LiftNotBeforeImposed: restriction r1 took effect on 2019-07-04, it cannot be lifted "
                                        + "from 2019-07-03");
        }
    }
}
