package org.sobujang.command.coreitems;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.sobujang.api.coreitems.AddCoreItemListMember;
import org.sobujang.api.coreitems.CoreItemListDefined;
import org.sobujang.api.coreitems.CoreItemListMemberAdded;
import org.sobujang.api.coreitems.DefineCoreItemList;
import org.sobujang.api.coreitems.LocalizationTarget;
import org.sobujang.api.coreitems.LocalizationTargetSet;
import org.sobujang.api.coreitems.SetLocalizationTarget;
import org.sobujang.command.Conflict;
import org.sobujang.command.Ids;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.directory.Directory;

@Aggregate
class CoreItemList {

    @AggregateIdentifier
    private String aggregateId;
    private CoreItemListDefined definition;
    private final Set<String> members = new HashSet<>();
    private final Map<LocalDate, BigDecimal> targets = new HashMap<>();

    CoreItemList() {
    }

    /** Created if missing so that a repeated definition can be answered idempotently instead of failing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DefineCoreItemList command, Directory directory) {
        if (definition != null) {
            // Members and targets may have been added since; a repeat matches if it asks for nothing the list lacks.
            if (definition.name().equals(command.name()) && members.containsAll(command.componentIds())
                    && command.targets().stream().allMatch(this::hasTarget)) {
                return;
            }
            throw new Conflict("Core-item list " + command.listId() + " is already defined with different details");
        }
        Ids.require("id", command.listId());
        CoreItemListNameNotBlank.check(command.name());
        List<String> componentIds = command.componentIds();
        Set<String> newMembers = new LinkedHashSet<>();
        for (int i = 0; i < componentIds.size(); i++) {
            Ids.require("componentIds[" + i + "]", componentIds.get(i));
            if (!newMembers.add(componentIds.get(i))) {
                throw new InvalidInput("componentIds[" + i + "]", "component " + componentIds.get(i)
                        + " is listed twice");
            }
        }
        Map<LocalDate, BigDecimal> newTargets = new LinkedHashMap<>();
        for (int i = 0; i < command.targets().size(); i++) {
            LocalizationTarget target = command.targets().get(i);
            String field = "targets[" + i + "]";
            if (target == null) {
                throw new InvalidInput(field, "a localization target needs a share and a date");
            }
            BigDecimal share = requireTarget(field + ".", target.share(), target.by());
            if (newTargets.put(target.by(), share) != null) {
                throw new InvalidInput(field + ".by", "two targets are given for " + target.by());
            }
        }
        newMembers.forEach(componentId -> CoreItemListMembersAreRegisteredComponents.check(directory, componentId));
        apply(new CoreItemListDefined(command.listId(), command.name()));
        newMembers.forEach(componentId -> apply(new CoreItemListMemberAdded(command.listId(), componentId)));
        newTargets.forEach((by, share) -> apply(new LocalizationTargetSet(command.listId(), share, by)));
    }

    /** Adding a component the list already holds records nothing: the list is a set. */
    @CommandHandler
    void handle(AddCoreItemListMember command, Directory directory) {
        Ids.require("componentId", command.componentId());
        if (members.contains(command.componentId())) {
            return;
        }
        CoreItemListMembersAreRegisteredComponents.check(directory, command.componentId());
        apply(new CoreItemListMemberAdded(command.listId(), command.componentId()));
    }

    /** A target for a date replaces the one set before for that date; setting the same share again records nothing. */
    @CommandHandler
    void handle(SetLocalizationTarget command) {
        BigDecimal share = requireTarget("", command.share(), command.by());
        if (hasTarget(new LocalizationTarget(share, command.by()))) {
            return;
        }
        apply(new LocalizationTargetSet(command.listId(), share, command.by()));
    }

    private boolean hasTarget(LocalizationTarget target) {
        BigDecimal current = target == null ? null : targets.get(target.by());
        return current != null && target.share() != null && current.compareTo(target.share()) == 0;
    }

    /** @return the share as it is stored */
    private static BigDecimal requireTarget(String prefix, BigDecimal share, LocalDate by) {
        BigDecimal stored = TargetShareWithinZeroAndOne.check(prefix + "share", share);
        if (by == null) {
            throw new InvalidInput(prefix + "by", "a localization target needs the date it is due");
        }
        return stored;
    }

    @EventSourcingHandler
    void on(CoreItemListDefined event) {
        aggregateId = AggregateIds.coreItemList(event.listId());
        definition = event;
    }

    @EventSourcingHandler
    void on(CoreItemListMemberAdded event) {
        members.add(event.componentId());
    }

    @EventSourcingHandler
    void on(LocalizationTargetSet event) {
        targets.put(event.by(), event.share());
    }
}
