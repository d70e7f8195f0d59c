package org.sobujang.command.sourcing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.sourcing.RecordSourcingChange;
import org.sobujang.api.sourcing.RecordSourcingChanges;
import org.sobujang.api.sourcing.RetractSourcingChange;
import org.sobujang.api.sourcing.ReviseSourcingPlan;
import org.sobujang.api.sourcing.SourcingChangeRetracted;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.command.BatchChangeRejected;
import org.sobujang.command.BuyerIsNotItsOwnSupplier;
import org.sobujang.command.CommandRejected;
import org.sobujang.command.Conflict;
import org.sobujang.command.Ids;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.NotFound;
import org.sobujang.command.QuantityWithinRange;
import org.sobujang.command.directory.Directory;
import org.sobujang.command.directory.MemoizingDirectory;

/** One buyer's sourcing of one component over effective time; created by its first change. */
@Aggregate
class SourcingPlan {

    private static final String OWN_DEMAND = "supply its own demand";

    @AggregateIdentifier
    private String planId;
    /** Every change and revision in recording order, retracted ones included (they keep their place in history). */
    private final List<ShareTimeline.Step> steps = new ArrayList<>();
    private final Set<String> retracted = new HashSet<>();

    SourcingPlan() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSourcingChange command, Directory directory) {
        apply(checkedChange(command, directory, List.of()));
    }

    /**
     * Checks every change before applying any, each against the plan with the batch's earlier changes already in
     * it, so a change may rely on an earlier one and a refusal anywhere leaves the plan untouched.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSourcingChanges command, Directory directory) {
        int size = command.changes().size();
        if (size == 0 || size > RecordSourcingChanges.MAX_CHANGES) {
            throw new InvalidInput("changes", "a batch holds 1 to " + RecordSourcingChanges.MAX_CHANGES + " changes");
        }
        Directory lookups = new MemoizingDirectory(directory);
        List<ShareTimeline.Step> earlier = new ArrayList<>();
        List<SourcingShareChanged> changes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            SourcingShareChanged change;
            try {
                change = checkedChange(command.change(i), lookups, earlier);
            } catch (CommandRejected rejection) {
                throw new BatchChangeRejected(i, rejection);
            }
            earlier.add(step(change, steps.size() + earlier.size()));
            changes.add(change);
        }
        for (SourcingShareChanged change : changes) {
            apply(change);
        }
    }

    /** The rules of one change, against the plan followed by {@code earlier}, changes not yet applied. */
    private SourcingShareChanged checkedChange(RecordSourcingChange command, Directory directory,
                                               List<ShareTimeline.Step> earlier) {
        Ids.require("changeId", command.changeId());
        BigDecimal share = ShareWithinZeroAndOne.check("share", command.share());
        requireDate(command.effectiveFrom());
        BigDecimal annualVolume = QuantityWithinRange.check("annualVolume", command.annualVolume());
        BuyerIsNotItsOwnSupplier.check("supplierId", command.buyerId(), command.supplierId(), OWN_DEMAND);
        requireNewChange(command.changeId(), earlier);
        requireKnownParties(directory, command.buyerId(), command.componentId());
        SupplierIsARegisteredFirm.check(directory, command.supplierId());
        SourcingShareChanged change = new SourcingShareChanged(command.changeId(), command.buyerId(),
                                                               command.componentId(), command.supplierId(),
                                                               share, command.effectiveFrom(),
                                                               annualVolume, command.unit(),
                                                               command.evidence());
        requireSharesWithinDemand(earlier, step(change, steps.size() + earlier.size()));
        return change;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReviseSourcingPlan command, Directory directory) {
        Ids.require("changeId", command.changeId());
        requireDate(command.effectiveFrom());
        BigDecimal annualVolume = QuantityWithinRange.check("annualVolume", command.annualVolume());
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        List<SupplierShareValue> values = new ArrayList<>();
        for (int i = 0; i < command.shares().size(); i++) {
            String field = "shares[" + i + "]";
            SupplierShareValue value = command.shares().get(i);
            if (value == null || value.supplierId() == null) {
                throw new InvalidInput(field + ".supplierId", "each share needs a supplier");
            }
            BigDecimal share = ShareWithinZeroAndOne.check(field + ".share", value.share());
            BuyerIsNotItsOwnSupplier.check(field + ".supplierId", command.buyerId(), value.supplierId(), OWN_DEMAND);
            SupplierListedOnce.check(field + ".supplierId", shares.keySet(), value.supplierId());
            values.add(new SupplierShareValue(value.supplierId(), share));
            shares.put(value.supplierId(), share);
        }
        requireNewChange(command.changeId(), List.of());
        requireKnownParties(directory, command.buyerId(), command.componentId());
        shares.keySet().forEach(supplier -> SupplierIsARegisteredFirm.check(directory, supplier));
        requireSharesWithinDemand(List.of(), new ShareTimeline.Step(command.changeId(), command.effectiveFrom(),
                                                                    steps.size(), shares, true));
        apply(new SourcingPlanRevised(command.changeId(), command.buyerId(), command.componentId(),
                                      command.effectiveFrom(), values, annualVolume,
                                      command.unit(), command.evidence()));
    }

    @CommandHandler
    void handle(RetractSourcingChange command) {
        boolean known = steps.stream().anyMatch(step -> step.changeId().equals(command.changeId()));
        if (!known || retracted.contains(command.changeId())) {
            throw new NotFound("Buyer " + command.buyerId() + " has no change " + command.changeId()
                                       + " in force for component " + command.componentId());
        }
        List<ShareTimeline.Step> remaining = activeSteps();
        remaining.removeIf(step -> step.changeId().equals(command.changeId()));
        SharesNeverExceedDemand.checkWithout(command.changeId(), remaining);
        apply(new SourcingChangeRetracted(command.changeId(), command.buyerId(), command.componentId()));
    }

    private static void requireDate(LocalDate effectiveFrom) {
        if (effectiveFrom == null) {
            throw new InvalidInput("effectiveFrom", "a sourcing change needs the date it takes effect");
        }
    }

    private void requireNewChange(String changeId, List<ShareTimeline.Step> earlier) {
        if (Stream.concat(steps.stream(), earlier.stream()).anyMatch(step -> step.changeId().equals(changeId))) {
            throw new Conflict("Change " + changeId + " is already recorded");
        }
    }

    /** The plan's buyer and component, whichever path or body named them (the REST layer tells them apart). */
    private static void requireKnownParties(Directory directory, String buyerId, String componentId) {
        BuyerIsARegisteredFirm.check(directory, buyerId);
        ComponentIsRegistered.check(directory, componentId);
    }

    private void requireSharesWithinDemand(List<ShareTimeline.Step> earlier, ShareTimeline.Step candidate) {
        List<ShareTimeline.Step> after = activeSteps();
        after.addAll(earlier);
        after.add(candidate);
        SharesNeverExceedDemand.check(after);
    }

    private List<ShareTimeline.Step> activeSteps() {
        List<ShareTimeline.Step> active = new ArrayList<>(steps);
        active.removeIf(step -> retracted.contains(step.changeId()));
        return active;
    }

    private static ShareTimeline.Step step(SourcingShareChanged change, long order) {
        return new ShareTimeline.Step(change.changeId(), change.effectiveFrom(), order,
                                      Map.of(change.supplierId(), change.share()), false);
    }

    @EventSourcingHandler
    void on(SourcingShareChanged event) {
        planId = AggregateIds.sourcingPlan(event.buyerId(), event.componentId());
        steps.add(step(event, steps.size()));
    }

    @EventSourcingHandler
    void on(SourcingPlanRevised event) {
        planId = AggregateIds.sourcingPlan(event.buyerId(), event.componentId());
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        event.shares().forEach(value -> shares.put(value.supplierId(), value.share()));
        steps.add(new ShareTimeline.Step(event.changeId(), event.effectiveFrom(), steps.size(), shares, true));
    }

    @EventSourcingHandler
    void on(SourcingChangeRetracted event) {
        retracted.add(event.changeId());
    }
}
