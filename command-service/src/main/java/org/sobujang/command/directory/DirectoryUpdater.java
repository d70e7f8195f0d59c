package org.sobujang.command.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.firm.FirmRegistered;
import org.axonframework.messaging.annotation.SourceId;
import org.sobujang.api.partnership.PartnershipRegistered;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.command.UniqueRegistrationNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs in a subscribing processor, inside the transaction that appends the event: a failure here (a registration
 * number taken by a concurrent registration) rolls the event back too, so the directory never drifts from the store.
 * Plain inserts on purpose: a duplicate must fail loudly, not be merged.
 */
@Component
@ProcessingGroup(DirectoryUpdater.PROCESSING_GROUP)
class DirectoryUpdater {

    static final String PROCESSING_GROUP = "directory";

    private final JdbcTemplate jdbc;

    DirectoryUpdater(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FirmRegistered event) {
        try {
            jdbc.update("INSERT INTO directory_firm (firm_id, country, size, registration_number) VALUES (?, ?, ?, ?)",
                        event.firmId(), event.country(), event.size().name(), event.registrationNumber());
        } catch (DuplicateKeyException e) {
            throw UniqueRegistrationNumber.takenConcurrently(event.registrationNumber());
        }
    }

    @EventHandler
    void on(ComponentRegistered event) {
        jdbc.update("INSERT INTO directory_component (component_id) VALUES (?)", event.componentId());
    }

    @EventHandler
    void on(SourcingShareChanged event) {
        insertChange(event.changeId(), event.buyerId(), event.componentId());
    }

    @EventHandler
    void on(SourcingPlanRevised event) {
        insertChange(event.changeId(), event.buyerId(), event.componentId());
    }

    @EventHandler
    void on(PartnershipRegistered event, @SourceId String streamId) {
        jdbc.update("INSERT INTO directory_partnership (partnership_id, buyer_id, supplier_id, stream_id) "
                    + "VALUES (?, ?, ?, ?)", event.partnershipId(), event.buyerId(), event.supplierId(), streamId);
    }

    private void insertChange(String changeId, String buyerId, String componentId) {
        jdbc.update("INSERT INTO directory_sourcing_change (change_id, buyer_id, component_id) VALUES (?, ?, ?)",
                    changeId, buyerId, componentId);
    }
}
