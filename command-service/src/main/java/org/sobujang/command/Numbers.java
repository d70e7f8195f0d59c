package org.sobujang.command;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The precision the model defines for every number a command carries (docs/api.md, "Numbers"). Decimals are kept
 * exact from the request to the read models (MongoDB's Decimal128 holds 34 significant digits and exponents within
 * ±6143); a number the model does not define is refused on the command side, so that no accepted event can carry a
 * value a read model cannot hold.
 * <ul>
 * <li>a <b>share</b> is in [0, 1] with at most {@value #SHARE_FRACTION_DIGITS} digits after the decimal point;</li>
 * <li>a <b>quantity</b> (annual volume, capacity, a trade value or weight) is in [0, 10<sup>15</sup>] with at most
 * {@value #QUANTITY_FRACTION_DIGITS} digits after the decimal point.</li>
 * </ul>
 * Trailing zeros do not count ({@code 0.50000000000000000000000} is the share 0.5): such a value is accepted and
 * stored without them. The rules that apply these limits name the refusals: {@link QuantityWithinRange} for every
 * quantity, and a rule of its own for each kind of share.
 */
public final class Numbers {

    public static final int SHARE_FRACTION_DIGITS = 20;
    public static final int QUANTITY_FRACTION_DIGITS = 6;
    public static final BigDecimal QUANTITY_MAX = new BigDecimal("1E15");

    private Numbers() {
    }

    /** Why a share is refused, if it is; the rules that guard shares name the refusal. */
    public static Optional<String> shareProblem(BigDecimal share) {
        if (share == null) {
            return Optional.of("a share is required");
        }
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            return Optional.of("a share must be between 0 and 1");
        }
        if (fractionDigits(share) > SHARE_FRACTION_DIGITS) {
            return Optional.of("a share has at most " + SHARE_FRACTION_DIGITS + " digits after the decimal point");
        }
        return Optional.empty();
    }

    /** Why a quantity is refused, if it is. */
    public static Optional<String> quantityProblem(BigDecimal quantity) {
        if (quantity.signum() < 0 || quantity.compareTo(QUANTITY_MAX) > 0) {
            return Optional.of("a quantity must be between 0 and 1E15");
        }
        if (fractionDigits(quantity) > QUANTITY_FRACTION_DIGITS) {
            return Optional.of("a quantity has at most " + QUANTITY_FRACTION_DIGITS
                               + " digits after the decimal point");
        }
        return Optional.empty();
    }

    /** A share without a problem as it is stored. */
    public static BigDecimal storedShare(BigDecimal share) {
        return canonical(share, SHARE_FRACTION_DIGITS);
    }

    /** A quantity without a problem as it is stored. */
    public static BigDecimal storedQuantity(BigDecimal quantity) {
        return canonical(quantity, QUANTITY_FRACTION_DIGITS);
    }

    /** Digits after the decimal point without trailing zeros; only called on values already within range. */
    private static int fractionDigits(BigDecimal value) {
        if (value.signum() == 0) {
            return 0;
        }
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** The value as given when its scale is within the limit, else without the trailing zeros that exceed it. */
    private static BigDecimal canonical(BigDecimal value, int maxFractionDigits) {
        if (value.scale() <= maxFractionDigits && value.precision() <= 34) {
            return value;
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
