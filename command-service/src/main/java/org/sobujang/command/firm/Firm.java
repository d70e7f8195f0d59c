package org.sobujang.command.firm;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.firm.DeclareCapability;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.firm.FirmCapabilityWithdrawn;
import org.sobujang.api.firm.FirmRegistered;
import org.sobujang.api.firm.RegisterFirm;
import org.sobujang.api.firm.WithdrawCapability;
import org.sobujang.command.Conflict;
import org.sobujang.command.Ids;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.NotFound;
import org.sobujang.command.QuantityWithinRange;
import org.sobujang.command.UniqueRegistrationNumber;
import org.sobujang.command.directory.Directory;

@Aggregate
class Firm {

    @AggregateIdentifier
    private String aggregateId;
    private FirmRegistered registration;
    /** Since-date of each capability that has not been withdrawn, by component id. */
    private final Map<String, LocalDate> activeCapabilities = new HashMap<>();

    Firm() {
    }

    /** Created if missing so that a repeated registration can be answered idempotently instead of failing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterFirm command, Directory directory) {
        FirmRegistered registered = new FirmRegistered(command.firmId(), command.name(), command.country(),
                                                       command.size(), command.registrationNumber());
        if (registration != null) {
            if (registration.equals(registered)) {
                return;
            }
            throw new Conflict("Firm " + command.firmId() + " is already registered with different details");
        }
        Ids.require("id", command.firmId());
        FirmNameNotBlank.check(command.name());
        FirmCountryIsIsoCode.check(command.country());
        FirmSizeKnown.check(command.size());
        if (command.registrationNumber() != null) {
            UniqueRegistrationNumber.check(command.firmId(), command.registrationNumber(),
                                           directory.firmWithRegistrationNumber(command.registrationNumber()));
        }
        apply(registered);
    }

    @CommandHandler
    void handle(DeclareCapability command, Directory directory) {
        CapabilityTrlInRange.check(command.technologyReadiness());
        BigDecimal capacity = QuantityWithinRange.check("annualCapacity", command.annualCapacity());
        if (command.since() == null) {
            throw new InvalidInput("since", "a capability needs the date it holds from");
        }
        CapabilityForKnownComponent.check(directory, command.componentId());
        String evidence = command.evidence() == null || command.evidence().isBlank() ? null
                : command.evidence().strip();
        apply(new FirmCapabilityDeclared(command.firmId(), command.componentId(), command.technologyReadiness(),
                                         capacity, command.unit(), command.since(), evidence));
    }

    @CommandHandler
    void handle(WithdrawCapability command) {
        LocalDate since = activeCapabilities.get(command.componentId());
        if (since == null) {
            throw new NotFound("Firm " + registration.firmId() + " has no active capability for component "
                                       + command.componentId());
        }
        if (command.effectiveFrom() == null) {
            throw new InvalidInput("effectiveFrom", "a withdrawal needs the date it takes effect");
        }
        WithdrawalNotBeforeDeclaration.check(command.componentId(), since, command.effectiveFrom());
        apply(new FirmCapabilityWithdrawn(command.firmId(), command.componentId(), command.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(FirmRegistered event) {
        aggregateId = AggregateIds.firm(event.firmId());
        registration = event;
    }

    @EventSourcingHandler
    void on(FirmCapabilityDeclared event) {
        activeCapabilities.put(event.componentId(), event.effectiveFrom());
    }

    @EventSourcingHandler
    void on(FirmCapabilityWithdrawn event) {
        activeCapabilities.remove(event.componentId());
    }
}
