package org.sobujang.command.directory;

import java.util.List;
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

    /**
     * The partnerships with this id: an id is unique per pair of parties, so there may be several, of different
     * parties (for authorizing and routing stage changes).
     */
    List<PartnershipEntry> partnerships(String partnershipId);

    record FirmEntry(String firmId, String country, FirmSize size, String registrationNumber) {
    }

    /** Routes a change id from the API to the plan that holds it. */
    record SourcingChangeEntry(String changeId, String buyerId, String componentId) {
    }

    record PartnershipEntry(String partnershipId, String buyerId, String supplierId, String streamId) {

        public boolean hasParty(String firmId) {
            return buyerId.equals(firmId) || supplierId.equals(firmId);
        }
    }
}
