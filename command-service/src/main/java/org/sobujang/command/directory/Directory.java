package org.sobujang.command.directory;

import java.util.List;
import java.util.Optional;

import org.sobujang.api.firm.FirmSize;
import org.sobujang.command.Reference;
import org.sobujang.command.Rule;
import org.sobujang.command.RuleViolated;

/**
 * What command handlers may know about other aggregates: the command side's own lookup for set-based validation,
 * written in the transaction that stores the events it reflects. Never the query side's read models.
 * <p>
 * It is also the one place where a command's references to other aggregates are checked: {@link #requireFirm} and
 * {@link #requireComponent} refuse an unknown id in the name of the rule that needs the object, and the refusal
 * carries the {@link Reference}, so that the REST layer can answer an id from the path 404 and one from the body 422
 * (see {@code CommandDispatcher#send(Object, Reference...)}).
 */
public interface Directory {

    Optional<FirmEntry> firm(String firmId);

    Optional<String> firmWithRegistrationNumber(String registrationNumber);

    boolean componentExists(String componentId);

    /** The firm the command refers to, or the refusal of {@code rule}, which needs it. */
    default FirmEntry requireFirm(String firmId, Rule rule) {
        return firm(firmId).orElseThrow(() -> RuleViolated.unknown(rule, Reference.firm(firmId)));
    }

    /** Nothing if the component the command refers to exists, else the refusal of {@code rule}, which needs it. */
    default void requireComponent(String componentId, Rule rule) {
        if (!componentExists(componentId)) {
            throw RuleViolated.unknown(rule, Reference.component(componentId));
        }
    }

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
