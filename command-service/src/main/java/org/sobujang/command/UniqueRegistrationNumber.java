package org.sobujang.command;

import java.util.Optional;

/**
 * A business registration number belongs to one firm. The firm aggregate checks it against the directory; the
 * directory's unique index catches a registration that raced past that check. Both answer 409.
 */
public final class UniqueRegistrationNumber extends Rule {

    private static final UniqueRegistrationNumber RULE = new UniqueRegistrationNumber();

    private UniqueRegistrationNumber() {
    }

    /** @param holder the firm that holds the number already, if any */
    public static void check(String firmId, String registrationNumber, Optional<String> holder) {
        if (holder.filter(other -> !other.equals(firmId)).isPresent()) {
            throw RULE.conflict("registration number " + registrationNumber + " belongs to another firm");
        }
    }

    /** The refusal when the directory's unique index caught a concurrent registration of the same number. */
    public static Conflict takenConcurrently(String registrationNumber) {
        return RULE.conflict("registration number " + registrationNumber
                                     + " was registered concurrently by another firm");
    }
}
