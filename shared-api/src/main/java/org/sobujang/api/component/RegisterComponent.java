package org.sobujang.api.component;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.Sector;

public record RegisterComponent(String componentId, String name, Category category, String hsCode, Sector sector,
                                List<ControlListEntry> controlListEntries) {

    public RegisterComponent {
        controlListEntries = controlListEntries == null ? List.of() : List.copyOf(controlListEntries);
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.component(componentId);
    }
}
