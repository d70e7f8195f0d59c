package org.sobujang.command.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.api.partnership.AdvancePartnershipStage;
import org.sobujang.api.partnership.PartnershipRegistered;
import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.api.partnership.PartnershipStageAdvanced;
import org.sobujang.api.partnership.PartnershipTerminated;
import org.sobujang.api.partnership.RegisterPartnership;
import org.sobujang.command.Conflict;
import org.sobujang.command.HomeCountry;
import org.sobujang.command.Ids;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.directory.Directory;
import org.sobujang.command.directory.Directory.FirmEntry;

@Aggregate
class Partnership {

    static final String BUYER_IS_REGISTERED_FIRM = "PartnershipBuyerIsRegisteredFirm";
    static final String SUPPLIER_IS_REGISTERED_FIRM = "PartnershipSupplierIsRegisteredFirm";
    static final String COMPONENT_IS_REGISTERED = "PartnershipComponentIsRegistered";
    static final String BUYER_IS_LARGE_OR_MIDSIZE = "DemandFirmIsLargeOrMidsize";
    static final String SUPPLIER_IS_DOMESTIC = "SupplierIsDomestic";
    static final String SUPPLIER_IS_SME_OR_MIDSIZE = "SupplierIsSmeOrMidsize";
    static final String STAGES_MOVE_FORWARD = "StagesMoveForwardOnly";
    static final String STAGE_NOT_BEFORE_PREVIOUS = "StageNotDatedBeforePrevious";
    static final String NOTHING_AFTER_TERMINATION = "NothingAfterTermination";
    static final String ONLY_TERMINATION_AFTER_MASS_PRODUCTION = "OnlyTerminationAfterMassProduction";

    private static final Set<FirmSize> DEMAND_FIRM_SIZES = Set.of(FirmSize.LARGE, FirmSize.MIDSIZE);
    private static final Set<FirmSize> SUPPLIER_SIZES = Set.of(FirmSize.SME, FirmSize.MIDSIZE);

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
        if (command.buyerId().equals(command.supplierId())) {
            throw new InvalidInput("supplierId", "BuyerIsNotItsOwnSupplier: firm " + command.buyerId()
                    + " cannot be its own partner");
        }
        // the stream is the command's (the first event is applied to it); loading the aggregate sets it from the stream
        aggregateId = command.streamId();
        FirmEntry buyer = directory.firm(command.buyerId())
                                   .orElseThrow(() -> new RuleViolated(BUYER_IS_REGISTERED_FIRM, "firm "
                                           + command.buyerId() + " is not registered"));
        FirmEntry supplier = directory.firm(command.supplierId())
                                      .orElseThrow(() -> new RuleViolated(SUPPLIER_IS_REGISTERED_FIRM, "firm "
                                              + command.supplierId() + " is not registered"));
        if (!directory.componentExists(command.componentId())) {
            throw new RuleViolated(COMPONENT_IS_REGISTERED, "component " + command.componentId()
                    + " is not registered");
        }
        if (!DEMAND_FIRM_SIZES.contains(buyer.size())) {
            throw new RuleViolated(BUYER_IS_LARGE_OR_MIDSIZE, "demand firm " + buyer.firmId() + " is "
                    + buyer.size() + ", a partnership needs a LARGE or MIDSIZE demand firm");
        }
        if (!homeCountry.isDomestic(supplier.country())) {
            throw new RuleViolated(SUPPLIER_IS_DOMESTIC, "supplier " + supplier.firmId() + " is based in "
                    + supplier.country() + ", a partnership needs a supplier from " + homeCountry.code());
        }
        if (!SUPPLIER_SIZES.contains(supplier.size())) {
            throw new RuleViolated(SUPPLIER_IS_SME_OR_MIDSIZE, "supplier " + supplier.firmId() + " is "
                    + supplier.size() + ", a partnership needs an SME or MIDSIZE supplier");
        }
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
        if (stage == PartnershipStage.TERMINATED) {
            throw new RuleViolated(NOTHING_AFTER_TERMINATION, "partnership " + id + " was terminated on "
                    + stageSince);
        }
        if (stage == PartnershipStage.MASS_PRODUCTION && command.stage() != PartnershipStage.TERMINATED) {
            throw new RuleViolated(ONLY_TERMINATION_AFTER_MASS_PRODUCTION, "partnership " + id
                    + " reached MASS_PRODUCTION on " + stageSince + ", it can only be terminated");
        }
        // Enum order is stage order and TERMINATED is last, so termination always counts as forward.
        if (command.stage().compareTo(stage) <= 0) {
            throw new RuleViolated(STAGES_MOVE_FORWARD, "partnership " + id + " is at " + stage
                    + ", it cannot move to " + command.stage());
        }
        if (command.on().isBefore(stageSince)) {
            throw new RuleViolated(STAGE_NOT_BEFORE_PREVIOUS, "partnership " + id + " entered " + stage + " on "
                    + stageSince + ", " + command.stage() + " cannot be dated " + command.on());
        }
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
