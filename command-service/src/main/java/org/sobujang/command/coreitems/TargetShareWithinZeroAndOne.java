package org.sobujang.command.coreitems;

import java.math.BigDecimal;
import java.util.Optional;

import org.sobujang.command.Numbers;
import org.sobujang.command.Rule;

/** A localization target is a share the model defines ({@link Numbers}): within [0, 1], 20 decimals at most. */
final class TargetShareWithinZeroAndOne extends Rule {

    private static final TargetShareWithinZeroAndOne RULE = new TargetShareWithinZeroAndOne();

    private TargetShareWithinZeroAndOne() {
    }

    /** The share as it is stored, or a 400 naming {@code field}; a missing share is refused too. */
    static BigDecimal check(String field, BigDecimal share) {
        Optional<String> problem = Numbers.shareProblem(share);
        if (problem.isPresent()) {
            throw RULE.invalid(field, problem.get());
        }
        return Numbers.storedShare(share);
    }
}
