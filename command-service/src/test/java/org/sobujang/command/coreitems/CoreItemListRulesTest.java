package org.sobujang.command.coreitems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.Reference;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.directory.InMemoryDirectory;

/** Each rule of a core-item list on its own, at the edges where it starts to refuse. */
class CoreItemListRulesTest {

    @Nested
    class CoreItemListNameNotBlankTest {

        @Test
        void anyVisibleNameIsAccepted() {
            assertThatCode(() -> CoreItemListNameNotBlank.check("CORE100")).doesNotThrowAnyException();
        }

        @Test
        void aMissingOrBlankNameIsRefused() {
            for (String name : new String[] {null, "", "  "}) {
                assertThatThrownBy(() -> CoreItemListNameNotBlank.check(name))
                        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("name"))
                        .hasMessage("CoreItemListNameNotBlank: a core-item list's name must not be blank");
            }
        }
    }

    @Nested
    class CoreItemListMembersAreRegisteredComponentsTest {

        private final InMemoryDirectory directory = new InMemoryDirectory().withComponent("hf").withFirm("soulbrain");

        @Test
        void aRegisteredComponentIsAccepted() {
            assertThatCode(() -> CoreItemListMembersAreRegisteredComponents.check(directory, "hf"))
                    .doesNotThrowAnyException();
        }

        @Test
        void anUnknownComponentIsRefused() {
            assertThatThrownBy(() -> CoreItemListMembersAreRegisteredComponents.check(directory, "soulbrain"))
                    .isInstanceOfSatisfying(RuleViolated.class,
                                            e -> assertThat(e.unknown()).contains(Reference.component("soulbrain")))
                    .hasMessage("CoreItemListMembersAreRegisteredComponents: component soulbrain is not registered");
        }
    }

    @Nested
    class TargetShareWithinZeroAndOneTest {

        @Test
        void zeroAndOneAreTargets() {
            assertThat(TargetShareWithinZeroAndOne.check("share", BigDecimal.ZERO)).isEqualByComparingTo("0");
            assertThat(TargetShareWithinZeroAndOne.check("share", BigDecimal.ONE)).isEqualByComparingTo("1");
        }

        @Test
        void belowZeroOrAboveOneIsRefusedNamingTheField() {
            for (String share : new String[] {"-0.00000000000000000001", "1.00000000000000000001"}) {
                assertThatThrownBy(() -> TargetShareWithinZeroAndOne.check("targets[0].share", new BigDecimal(share)))
                        .isInstanceOfSatisfying(InvalidInput.class,
                                                e -> assertThat(e.field()).isEqualTo("targets[0].share"))
                        .hasMessage("TargetShareWithinZeroAndOne: a share must be between 0 and 1");
            }
        }
    }
}
