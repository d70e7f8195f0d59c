package org.sobujang.query.component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ControlListEntry;
import org.springframework.data.annotation.Id;

/** Collection {@code components}: one document per component, its restrictions keyed by restriction id. */
public record ComponentDocument(@Id String id, String name, Category category, String hsCode, Sector sector,
                                List<ControlListEntry> controlListEntries,
                                Map<String, RestrictionDocument> restrictions) {

    public static final String COLLECTION = "components";

    public ComponentDocument {
        controlListEntries = controlListEntries == null ? List.of() : controlListEntries;
        restrictions = restrictions == null ? Map.of() : restrictions;
    }

    /** Restricted on {@code date} by any country against {@code targetCountry}. */
    public boolean restrictedOn(LocalDate date, String targetCountry) {
        return restrictions.values().stream().anyMatch(r -> r.targets(targetCountry) && r.activeOn(date));
    }
}
