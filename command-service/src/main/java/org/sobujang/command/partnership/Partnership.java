package org.sobujang.command.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.sobujang.api.partnership.AdvancePartnershipStage;
import org.sobujang.api.partnership.PartnershipRegistered;
import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.api.partnership.PartnershipStageAdvanced;
import org.sobujang.api.partnership.PartnershipTerminated;
import org.sobujang.api.partnership.RegisterPartnership;
import org.sobujang.command.BuyerIsNotItsOwnSupplier;
import org.sobujang.command.Conflict;
import org.sobujang.command.HomeCountry;
import org.sobujang.command.Ids;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.directory.Directory;
import org.sobujang.command.directory.Directory.FirmEntry;

@Aggregate
class Partnership {

    @AggregateIdentifier
    private String aggregateId;
    private PartnershipRegistered registration;
    private PartnershipStage stage;
    /** The date the current stage was entered: no later stage may be dated before it. */
    private LocalDate stageSince;

    Partnership() {
    }

    /** Created if missing so that a repeated registration can be answered idempotently instead of failing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterPartnership command, Directory directory, HomeCountry homeCountry) {
        PartnershipRegistered registered = new PartnershipRegistered(command.partnershipId(), command.buyerId(),
                                                                     command.supplierId(), command.componentId(),
                                                                     command.kind(), command.startedOn(),
                                                                     command.program());
        if (registration != null) {
            if (registration.equals(registered)) {
                return;
            }
            throw new Conflict("Partnership " + command.partnershipId()
                                       + " is already registered with different details");
        }
        Ids.require("id", command.partnershipId());
        Ids.require("buyerId", command.buyerId());
        Ids.require("supplierId", command.supplierId());
        Ids.require("componentId", command.componentId());
        if (command.kind() == null) {
            throw new InvalidInput("kind", "a partnership needs a kind");
        }
        if (command.startedOn() == null) {
            throw new InvalidInput("startedOn", "a partnership needs the date it started");
        }
        BuyerIsNotItsOwnSupplier.check("supplierId", command.buyerId(), command.supplierId(), "be its own partner");
        // the stream is the command's (the first event is applied to it); loading the aggregate sets it from the stream
        aggregateId = command.streamId();
        FirmEntry buyer = PartnershipBuyerIsRegisteredFirm.check(directory, command.buyerId());
        FirmEntry supplier = PartnershipSupplierIsRegisteredFirm.check(directory, command.supplierId());
        PartnershipComponentIsRegistered.check(directory, command.componentId());
        DemandFirmIsLargeOrMidsize.check(buyer);
        SupplierIsDomestic.check(supplier, homeCountry);
        SupplierIsSmeOrMidsize.check(supplier);
        apply(registered);
    }

    @CommandHandler
    void handle(AdvancePartnershipStage command) {
        if (command.stage() == null) {
            throw new InvalidInput("stage", "a stage change needs the stage");
        }
        if (command.on() == null) {
            throw new InvalidInput("on", "a stage change needs the date it happened");
        }
        String id = registration.partnershipId();
        NothingAfterTermination.check(id, stage, stageSince);
        OnlyTerminationAfterMassProduction.check(id, stage, stageSince, command.stage());
        StagesMoveForwardOnly.check(id, stage, command.stage());
        StageNotDatedBeforePrevious.check(id, stage, stageSince, command.stage(), command.on());
        if (command.stage() == PartnershipStage.TERMINATED) {
            apply(new PartnershipTerminated(id, registration.buyerId(), registration.supplierId(),
                                            registration.componentId(), stage, command.on(), command.note()));
        } else {
            apply(new PartnershipStageAdvanced(id, registration.buyerId(), registration.supplierId(),
                                               registration.componentId(), stage, command.stage(), command.on(),
                                               command.note()));
        }
    }

    /** The stream id: scoped by the parties, or the id alone for partnerships registered before that. */
    @EventSourcingHandler
    void on(PartnershipRegistered event, @SourceId String streamId) {
        aggregateId = streamId;
        registration = event;
        stage = PartnershipStage.AGREED;
        stageSince = event.startedOn();
    }

    @EventSourcingHandler
    void on(PartnershipStageAdvanced event) {
        stage = event.stage();
        stageSince = event.on();
    }

    @EventSourcingHandler
    void on(PartnershipTerminated event) {
        stage = PartnershipStage.TERMINATED;
        stageSince = event.on();
    }
}
