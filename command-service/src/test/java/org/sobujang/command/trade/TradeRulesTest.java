package org.sobujang.command.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sobujang.command.InvalidInput;

/** Each rule of a trade statistic on its own, at the edges where it starts to refuse. */
class TradeRulesTest {

    @Nested
    class TradeSourceNamedTest {

        @Test
        void anUpperCaseNameOfUpTo32CharactersIsASource() {
            for (String source : new String[] {"KCS", "COMTRADE", "K", "K" + "_9".repeat(15) + "X"}) {
                assertThatCode(() -> TradeSourceNamed.check(source)).as(source).doesNotThrowAnyException();
            }
        }

        @Test
        void anythingElseIsRefused() {
            for (String source : new String[] {null, "", "kcs", "9KCS", "K" + "_9".repeat(16), "KC S"}) {
                assertThatThrownBy(() -> TradeSourceNamed.check(source))
                        .as("'%s'", source)
                        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("source"))
                        .hasMessage("TradeSourceNamed: a statistic needs a source such as KCS or COMTRADE");
            }
        }
    }

    @Nested
    class TradeValueGivenTest {

        @Test
        void anyValueIsGiven() {
            assertThatCode(() -> TradeValueGiven.check(BigDecimal.ZERO)).doesNotThrowAnyException();
        }

        @Test
        void noValueIsRefused() {
            assertThatThrownBy(() -> TradeValueGiven.check(null))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("valueUsd"))
                    .hasMessage("TradeValueGiven: a statistic needs its value in USD");
        }
    }
}
