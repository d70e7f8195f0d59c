package org.sobujang.command;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Every quantity (a plan's annual volume, a capability's annual capacity, a trade figure's value and weight) is one the
 * model defines ({@link Numbers}): within [0, 10<sup>15</sup>], at most six digits after the decimal point.
 */
public final class QuantityWithinRange extends Rule {

    private static final QuantityWithinRange RULE = new QuantityWithinRange();

    private QuantityWithinRange() {
    }

    /** An optional quantity as it is stored ({@code null} stays {@code null}), or a 400 naming {@code field}. */
    public static BigDecimal check(String field, BigDecimal quantity) {
        if (quantity == null) {
            return null;
        }
        Optional<String> problem = Numbers.quantityProblem(quantity);
        if (problem.isPresent()) {
            throw RULE.invalid(field, problem.get());
        }
        return Numbers.storedQuantity(quantity);
    }

    /** Why a quantity read from a file is refused, if it is: the message of its row error. */
    public static Optional<String> refusal(BigDecimal quantity) {
        return Numbers.quantityProblem(quantity).map(RULE::describe);
    }
}
