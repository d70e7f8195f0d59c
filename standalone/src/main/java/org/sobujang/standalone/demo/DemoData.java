package org.sobujang.standalone.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.coreitems.LocalizationTarget;
import org.sobujang.api.component.ControlListEntry;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.api.partnership.PartnershipKind;
import org.sobujang.api.partnership.PartnershipStage;

/** The shape of {@code demo/korea-2019.yaml}. */
record DemoData(List<Firm> firms, List<Component> components, List<Restriction> restrictions,
                List<Capability> capabilities, List<Plan> plans, List<Partnership> partnerships,
                List<CoreItemList> coreItemLists, List<TradeStatistics> tradeStatistics) {

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

    record Partnership(String id, String buyer, String supplier, String component, PartnershipKind kind,
                       LocalDate startedOn, String program, List<Stage> stages) {
    }

    record Stage(PartnershipStage stage, LocalDate on, String note) {
    }

    record CoreItemList(String id, String name, List<String> components, List<LocalizationTarget> targets) {
    }

    /** A CSV file beside the data set, imported as users import theirs. */
    record TradeStatistics(String file, String charset) {
    }

    /** Shares keep the file's order (Jackson reads YAML maps into a LinkedHashMap). */
    record Revision(LocalDate effectiveFrom, BigDecimal annualVolume, String unit, Map<String, BigDecimal> shares) {
    }
}
