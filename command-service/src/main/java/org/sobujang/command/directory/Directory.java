package org.sobujang.command.directory;

import java.util.Optional;

import org.sobujang.api.firm.FirmSize;

/**
 * What command handlers may know about other aggregates: the command side's own lookup for set-based validation,
 * written in the transaction that stores the events it reflects. Never the query side's read models.
 */
public interface Directory {

    Optional<FirmEntry> firm(String firmId);

    default boolean firmExists(String firmId) {
        return firm(firmId).isPresent();
    }

    Optional<String> firmWithRegistrationNumber(String registrationNumber);

    boolean componentExists(String componentId);

    Optional<SourcingChangeEntry> sourcingChange(String changeId);

    /** The parties of a registered partnership, for authorizing its stage changes. */
    Optional<PartnershipEntry> partnership(String partnershipId);

    record FirmEntry(String firmId, String country, FirmSize size, String registrationNumber) {
    }

    /** Routes a change id from the API to the plan that holds it. */
    record SourcingChangeEntry(String changeId, String buyerId, String componentId) {
    }

    record PartnershipEntry(String partnershipId, String buyerId, String supplierId) {
    }
}
