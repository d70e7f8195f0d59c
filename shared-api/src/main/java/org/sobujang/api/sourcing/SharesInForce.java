package org.sobujang.api.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The one definition of a plan's supplier shares in force at a date, for the command side's rules (shares never
 * exceed demand) and the query side's read models alike: the plan's changes effective on or before the date, in
 * {@linkplain #foldOrder fold order}, {@linkplain #apply folded} one after the other — a single change sets one
 * supplier's share, a revision replaces the whole supplier set, and a share of 0 takes the supplier out.
 */
public final class SharesInForce {

    private SharesInForce() {
    }

    /** Effective date first, then the order in which the changes were recorded. */
    public static <T> Comparator<T> foldOrder(Function<T, LocalDate> effectiveFrom, ToLongFunction<T> recordingOrder) {
        return Comparator.comparing(effectiveFrom).thenComparingLong(recordingOrder);
    }

    /**
     * Folds one change into {@code inForce} (supplier id → what the caller keeps for a supplier's share).
     *
     * @param revision whether the change replaces the whole supplier set
     * @param shares   supplier id → share: one entry for a single change, the whole set for a revision
     * @param position what to keep for a supplier's non-zero share
     */
    public static <P> void apply(Map<String, P> inForce, boolean revision, Map<String, BigDecimal> shares,
                                 BiFunction<String, BigDecimal, P> position) {
        if (revision) {
            inForce.clear();
        }
        shares.forEach((supplier, share) -> set(inForce, supplier, share, position));
    }

    /** Folds in a single change: {@code supplier}'s share becomes {@code share}, or 0 takes it out. */
    public static <P> void set(Map<String, P> inForce, String supplier, BigDecimal share,
                               BiFunction<String, BigDecimal, P> position) {
        if (share.signum() == 0) {
            inForce.remove(supplier);
        } else {
            inForce.put(supplier, position.apply(supplier, share));
        }
    }
}
