package org.sobujang.command.component;

import java.util.Collection;

import org.sobujang.api.component.ImposeExportRestriction;
import org.sobujang.command.Rule;

/**
 * One country imposes one measure against one target on a component at a time: a new restriction is refused while a
 * restriction of the same measure is in force on its date or any later one, so the periods of a measure never overlap.
 */
final class NoOverlappingRestrictions extends Rule {

    private static final NoOverlappingRestrictions RULE = new NoOverlappingRestrictions();

    private NoOverlappingRestrictions() {
    }

    static void check(Collection<Component.Restriction> existing, ImposeExportRestriction command) {
        existing.stream()
                .filter(restriction -> restriction.sameMeasureAs(command)
                        && restriction.activeOnOrAfter(command.effectiveFrom()))
                .findFirst()
                .ifPresent(restriction -> {
                    throw RULE.violated(command.imposingCountry() + " already has " + command.measure() + " against "
                            + command.targetCountry() + " on component " + command.componentId() + " active from "
                            + restriction.effectiveFrom()
                            + (restriction.liftedFrom() == null ? "" : " until " + restriction.liftedFrom())
                            + " (restriction " + restriction.restrictionId() + ")");
                });
    }
}
