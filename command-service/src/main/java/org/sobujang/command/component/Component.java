package org.sobujang.command.component;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
import org.sobujang.command.Ids;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.NotFound;
import org.sobujang.command.RuleViolated;

@Aggregate
class Component {

    private static final Pattern HS_CODE = Pattern.compile("\\d{6,10}");

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
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidInput("name", "ComponentNameNotBlank: a component's name must not be blank");
        }
        if (command.hsCode() == null || !HS_CODE.matcher(command.hsCode()).matches()) {
            throw new InvalidInput("hsCode", "HsCodeHasSixToTenDigits: " + command.hsCode()
                    + " is not an HS code of 6 to 10 digits");
        }
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
        restrictions.values().stream()
                    .filter(existing -> existing.sameMeasureAs(command) && existing.activeOnOrAfter(command.effectiveFrom()))
                    .findFirst()
                    .ifPresent(existing -> {
                        throw new RuleViolated("NoOverlappingRestrictions", command.imposingCountry() + " already has "
                                + command.measure() + " against " + command.targetCountry() + " on component "
                                + command.componentId() + " active from " + existing.effectiveFrom()
                                + (existing.liftedFrom() == null ? "" : " until " + existing.liftedFrom())
                                + " (restriction " + existing.restrictionId() + ")");
                    });
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
        if (restriction.liftedFrom() != null) {
            throw new RuleViolated("RestrictionLiftedAtMostOnce", "restriction " + command.restrictionId()
                    + " was already lifted from " + restriction.liftedFrom());
        }
        if (command.effectiveFrom().isBefore(restriction.effectiveFrom())) {
            throw new RuleViolated("LiftNotBeforeImposed", "restriction " + command.restrictionId()
                    + " took effect on " + restriction.effectiveFrom() + ", it cannot be lifted from "
                    + command.effectiveFrom());
        }
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
    private record Restriction(String restrictionId, String imposingCountry, String targetCountry,
                               RestrictionMeasure measure, LocalDate effectiveFrom, LocalDate liftedFrom) {

        private Restriction lifted(LocalDate from) {
            return new Restriction(restrictionId, imposingCountry, targetCountry, measure, effectiveFrom, from);
        }

        private boolean sameMeasureAs(ImposeExportRestriction command) {
            return imposingCountry.equals(command.imposingCountry()) && targetCountry.equals(command.targetCountry())
                    && measure == command.measure();
        }

        /** Whether [effectiveFrom, liftedFrom) meets [from, ∞); a restriction lifted the day it began never does. */
        private boolean activeOnOrAfter(LocalDate from) {
            return liftedFrom == null || (from.isBefore(liftedFrom) && effectiveFrom.isBefore(liftedFrom));
        }
    }
}
