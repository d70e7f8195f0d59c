package org.sobujang.standalone.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ControlListEntry;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.api.firm.FirmSize;

/** The shape of {@code demo/korea-2019.yaml}. */
record DemoData(List<Firm> firms, List<Component> components, List<Restriction> restrictions,
                List<Capability> capabilities, List<Plan> plans) {

    record Firm(String id, String name, String country, FirmSize size) {
    }

    record Component(String id, String name, Category category, Sector sector, String hsCode,
                     List<ControlListEntry> controlListEntries) {
    }

    record Restriction(String id, String component, String imposingCountry, String targetCountry,
                       RestrictionMeasure measure, LocalDate effectiveFrom, LocalDate liftedOn,
                       String legalReference) {
    }

    record Capability(String firm, String component, int technologyReadiness, BigDecimal annualCapacity,
                      String unit, LocalDate since) {
    }

    record Plan(String buyer, String component, List<Revision> revisions) {
    }

    /** Shares keep the file's order (Jackson reads YAML maps into a LinkedHashMap). */
    record Revision(LocalDate effectiveFrom, BigDecimal annualVolume, String unit, Map<String, BigDecimal> shares) {
    }
}
