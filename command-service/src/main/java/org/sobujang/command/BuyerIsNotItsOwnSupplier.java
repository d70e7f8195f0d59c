package org.sobujang.command;

/** A firm never supplies itself: not in its own sourcing plan, not as the other party of its own partnership. */
public final class BuyerIsNotItsOwnSupplier extends Rule {

    private static final BuyerIsNotItsOwnSupplier RULE = new BuyerIsNotItsOwnSupplier();

    private BuyerIsNotItsOwnSupplier() {
    }

    /**
     * @param field  where the supplier is named in the command
     * @param cannot what the buyer cannot be or do, for the refusal's explanation ("supply its own demand")
     */
    public static void check(String field, String buyerId, String supplierId, String cannot) {
        if (buyerId.equals(supplierId)) {
            throw RULE.invalid(field, "firm " + buyerId + " cannot " + cannot);
        }
    }
}
