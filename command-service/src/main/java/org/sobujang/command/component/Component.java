package org.sobujang.command.component;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.component.AddControlListEntry;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.component.ControlListEntry;
import org.sobujang.api.component.ControlListEntryAdded;
import org.sobujang.api.component.ExportRestrictionImposed;
import org.sobujang.api.component.ExportRestrictionLifted;
import org.sobujang.api.component.ImposeExportRestriction;
import org.sobujang.api.component.LiftExportRestriction;
import org.sobujang.api.component.RegisterComponent;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.command.Conflict;
import org.sobujang.command.Countries;
import org.sobujang.command.HsCodeHasSixToTenDigits;
import org.sobujang.command.Ids;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.NotFound;

@Aggregate
class Component {

    @AggregateIdentifier
    private String aggregateId;
    private ComponentRegistered registration;
    private final Set<ControlListEntry> controlListEntries = new HashSet<>();
    private final Map<String, Restriction> restrictions = new HashMap<>();

    Component() {
    }

    /** Created if missing so that a repeated registration can be answered idempotently instead of failing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterComponent command) {
        ComponentRegistered registered = new ComponentRegistered(command.componentId(), command.name(),
                                                                 command.category(), command.hsCode(),
                                                                 command.sector());
        if (registration != null) {
            // Entries may have been added since; a repeat matches if it asks for nothing the component lacks.
            if (registration.equals(registered) && controlListEntries.containsAll(command.controlListEntries())) {
                return;
            }
            throw new Conflict("Component " + command.componentId() + " is already registered with different details");
        }
        Ids.require("id", command.componentId());
        ComponentNameNotBlank.check(command.name());
        HsCodeHasSixToTenDigits.check("hsCode", command.hsCode());
        if (command.category() == null) {
            throw new InvalidInput("category", "a component needs a category");
        }
        if (command.sector() == null) {
            throw new InvalidInput("sector", "a component needs a sector");
        }
        List<ControlListEntry> entries = command.controlListEntries();
        Set<ControlListEntry> seen = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            requireValidEntry("controlListEntries[" + i + "]", entries.get(i));
            if (!seen.add(entries.get(i))) {
                throw new InvalidInput("controlListEntries[" + i + "]", "the same control-list entry is listed twice");
            }
        }
        apply(registered);
        seen.forEach(entry -> apply(new ControlListEntryAdded(command.componentId(), entry.regime(), entry.code())));
    }

    /** Adding an entry the component already carries records nothing: the list is a set. */
    @CommandHandler
    void handle(AddControlListEntry command) {
        ControlListEntry entry = new ControlListEntry(command.regime(), command.code());
        requireValidEntry("", entry);
        if (controlListEntries.contains(entry)) {
            return;
        }
        apply(new ControlListEntryAdded(command.componentId(), command.regime(), command.code()));
    }

    @CommandHandler
    void handle(ImposeExportRestriction command) {
        Ids.require("restrictionId", command.restrictionId());
        if (!Countries.isValid(command.imposingCountry())) {
            throw new InvalidInput("imposingCountry", command.imposingCountry()
                    + " is not an ISO 3166-1 alpha-2 country code");
        }
        if (!Countries.isValid(command.targetCountry())) {
            throw new InvalidInput("targetCountry", command.targetCountry()
                    + " is not an ISO 3166-1 alpha-2 country code");
        }
        if (command.measure() == null) {
            throw new InvalidInput("measure", "a restriction needs a measure");
        }
        if (command.effectiveFrom() == null) {
            throw new InvalidInput("effectiveFrom", "a restriction needs the date it takes effect");
        }
        if (restrictions.containsKey(command.restrictionId())) {
            throw new Conflict("Restriction " + command.restrictionId() + " already exists");
        }
        NoOverlappingRestrictions.check(restrictions.values(), command);
        apply(new ExportRestrictionImposed(command.componentId(), command.restrictionId(), command.imposingCountry(),
                                           command.targetCountry(), command.measure(), command.effectiveFrom(),
                                           command.legalReference()));
    }

    @CommandHandler
    void handle(LiftExportRestriction command) {
        Restriction restriction = restrictions.get(command.restrictionId());
        if (restriction == null) {
            throw new NotFound("Component " + command.componentId() + " has no restriction " + command.restrictionId());
        }
        if (command.effectiveFrom() == null) {
            throw new InvalidInput("effectiveFrom", "a lift needs the date it takes effect");
        }
        RestrictionLiftedAtMostOnce.check(restriction);
        LiftNotBeforeImposed.check(restriction, command.effectiveFrom());
        apply(new ExportRestrictionLifted(command.componentId(), command.restrictionId(), command.effectiveFrom()));
    }

    private static void requireValidEntry(String field, ControlListEntry entry) {
        String prefix = field.isEmpty() ? "" : field + ".";
        if (entry == null) {
            throw new InvalidInput(field, "a control-list entry needs a regime and a code");
        }
        if (entry.regime() == null || entry.regime().isBlank()) {
            throw new InvalidInput(prefix + "regime", "a control-list entry's regime must not be blank");
        }
        if (entry.code() == null || entry.code().isBlank()) {
            throw new InvalidInput(prefix + "code", "a control-list entry's code must not be blank");
        }
    }

    @EventSourcingHandler
    void on(ComponentRegistered event) {
        aggregateId = AggregateIds.component(event.componentId());
        registration = event;
    }

    @EventSourcingHandler
    void on(ControlListEntryAdded event) {
        controlListEntries.add(new ControlListEntry(event.regime(), event.code()));
    }

    @EventSourcingHandler
    void on(ExportRestrictionImposed event) {
        restrictions.put(event.restrictionId(), new Restriction(event.restrictionId(), event.imposingCountry(),
                                                                event.targetCountry(), event.measure(),
                                                                event.effectiveFrom(), null));
    }

    @EventSourcingHandler
    void on(ExportRestrictionLifted event) {
        restrictions.computeIfPresent(event.restrictionId(), (id, restriction) -> restriction.lifted(event.effectiveFrom()));
    }

    /** Active on every date d with effectiveFrom &lt;= d &lt; liftedFrom (no end while liftedFrom is null). */
    record Restriction(String restrictionId, String imposingCountry, String targetCountry,
                       RestrictionMeasure measure, LocalDate effectiveFrom, LocalDate liftedFrom) {

        Restriction lifted(LocalDate from) {
            return new Restriction(restrictionId, imposingCountry, targetCountry, measure, effectiveFrom, from);
        }

        boolean sameMeasureAs(ImposeExportRestriction command) {
            return imposingCountry.equals(command.imposingCountry()) && targetCountry.equals(command.targetCountry())
                    && measure == command.measure();
        }

        /** Whether [effectiveFrom, liftedFrom) meets [from, ∞); a restriction lifted the day it began never does. */
        boolean activeOnOrAfter(LocalDate from) {
            return liftedFrom == null || (from.isBefore(liftedFrom) && effectiveFrom.isBefore(liftedFrom));
        }
    }
}
