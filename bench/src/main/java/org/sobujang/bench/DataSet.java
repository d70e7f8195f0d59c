package org.sobujang.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.sobujang.api.AggregateIds;
import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.component.ControlListEntryAdded;
import org.sobujang.api.component.ExportRestrictionImposed;
import org.sobujang.api.component.ExportRestrictionLifted;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.api.coreitems.CoreItemListDefined;
import org.sobujang.api.coreitems.CoreItemListMemberAdded;
import org.sobujang.api.coreitems.LocalizationTargetSet;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.firm.FirmRegistered;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.api.partnership.PartnershipKind;
import org.sobujang.api.partnership.PartnershipRegistered;
import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.api.partnership.PartnershipStageAdvanced;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.api.trade.TradeFlow;
import org.sobujang.api.trade.TradeStatisticRecorded;

/**
 * A deterministic (seeded) data set of a given number of events: firms with countries and sizes, components with HS
 * codes and sectors, export restrictions (some lifted), a core-item list with targets, capabilities of domestic
 * suppliers, partnerships moving through qualification, national trade statistics, and sourcing plans whose
 * effective-dated changes shift supply from foreign to domestic suppliers over ten years. Every plan keeps its shares
 * at most 1 at every date, partnerships only move forward, as the command side's rules demand.
 * <p>
 * Sizes: up to 10,000 firms and 1,200 components; 16 buyers, the first ({@code buyer-00}) with up to 1,000 plans;
 * trade statistics a tenth of the events; every remaining event is a sourcing change, spread evenly over the plans.
 */
final class DataSet {

    interface Sink {
        void event(String aggregateId, long sequence, Object payload, Instant recordedAt) throws Exception;

        void firm(String firmId, String country, String size) throws Exception;

        void component(String componentId) throws Exception;

        void change(String changeId, String buyerId, String componentId) throws Exception;
    }

    record Plan(String buyerId, String componentId) {
    }

    static final int BUYERS = 16;
    static final String RANKING_BUYER = "buyer-00";
    static final String CORE_LIST = "core-bench";
    private static final String[] FOREIGN = {"JP", "CN", "US", "DE", "TW"};
    private static final LocalDate PLAN_START = LocalDate.of(2015, 1, 1);
    private static final int PLAN_SPAN_DAYS = 3650;
    private static final Instant RECORDED_FROM = Instant.parse("2024-01-01T00:00:00Z");

    final long events;
    final long seed;
    final int firmCount;
    final int componentCount;
    final int rankingPlans;
    final int otherPlansPerBuyer;
    final int tradeStatistics;
    final List<String> buyers = new ArrayList<>();
    final List<String> componentIds = new ArrayList<>();
    final List<Plan> plans = new ArrayList<>();
    /** Every supplier a plan's generated history gives a share, by plan. */
    final Map<Plan, List<String>> planSuppliers = new HashMap<>();
    final List<String> restrictedComponents = new ArrayList<>();
    private final List<String> foreignFirms = new ArrayList<>();
    private final List<String> domesticSuppliers = new ArrayList<>();
    private final Map<String, List<String>> capableByComponent = new HashMap<>();
    private final Map<String, String> hsCodes = new HashMap<>();
    private final Map<String, String> firmCountry = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private long recordedSeconds;
    long generated;

    DataSet(long events, long seed) {
        this.events = events;
        this.seed = seed;
        this.firmCount = (int) Math.max(200, Math.min(10_000, events / 10));
        this.componentCount = (int) Math.max(50, Math.min(1_200, events / 80));
        this.rankingPlans = Math.min(1_000, componentCount);
        this.otherPlansPerBuyer = (int) Math.min(componentCount, Math.max(5, events / 330));
        this.tradeStatistics = (int) (events / 10);
        for (int b = 0; b < BUYERS; b++) {
            buyers.add(String.format("buyer-%02d", b));
        }
    }

    /** Emits the whole data set, in the order a real history would have it: reference data, then activity. */
    void generate(Sink sink) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Sector[] sectors = Sector.values();
        Category[] categories = Category.values();
        // components
        for (int i = 0; i < componentCount; i++) {
            String id = String.format("comp-%04d", i);
            Sector sector = sectors[random.nextInt(sectors.length)];
            String hs = String.format("%02d%04d%04d", 25 + random.nextInt(60), random.nextInt(10_000), i % 10_000);
            componentIds.add(id);
            hsCodes.put(id, hs);
            emit(sink, AggregateIds.component(id), new ComponentRegistered(id, "Component " + i + " (" + sector + ")",
                    categories[random.nextInt(categories.length)], hs, sector));
            sink.component(id);
        }
        // buyers, then suppliers: 60 % domestic, mostly SMEs
        for (String buyer : buyers) {
            registerFirm(sink, buyer, "Demand firm " + buyer, "KR", FirmSize.LARGE);
        }
        for (int i = 0; i < firmCount - BUYERS; i++) {
            String id = String.format("firm-%05d", i);
            boolean domestic = random.nextDouble() < 0.6;
            String country = domestic ? "KR" : FOREIGN[random.nextInt(FOREIGN.length)];
            double s = random.nextDouble();
            FirmSize size = s < 0.7 ? FirmSize.SME : s < 0.9 ? FirmSize.MIDSIZE : FirmSize.LARGE;
            registerFirm(sink, id, "Supplier " + i + " " + country, country, size);
            if (domestic && size != FirmSize.LARGE) {
                domesticSuppliers.add(id);
            } else if (!domestic) {
                foreignFirms.add(id);
            }
        }
        // restrictions: 15 % of components, by Japan from 2019-07-04 (a third lifted in 2023), a few by China
        for (String component : componentIds) {
            if (random.nextDouble() >= 0.15) {
                continue;
            }
            restrictedComponents.add(component);
            boolean japan = random.nextDouble() < 0.8;
            String restriction = component + "-r1";
            LocalDate from = japan ? LocalDate.of(2019, 7, 4) : LocalDate.of(2023, 8, 1);
            emit(sink, AggregateIds.component(component), new ControlListEntryAdded(component, "WASSENAAR",
                    "1C" + (300 + random.nextInt(600))));
            emit(sink, AggregateIds.component(component), new ExportRestrictionImposed(component, restriction,
                    japan ? "JP" : "CN", "KR", japan ? RestrictionMeasure.INDIVIDUAL_LICENSE : RestrictionMeasure.QUOTA,
                    from, japan ? "METI notice 2019-07-01" : "MOFCOM notice 2023-07"));
            if (japan && random.nextDouble() < 0.33) {
                emit(sink, AggregateIds.component(component),
                     new ExportRestrictionLifted(component, restriction, LocalDate.of(2023, 3, 23)));
            }
        }
        // one core-item list of up to 100 components, with two targets
        emit(sink, AggregateIds.coreItemList(CORE_LIST), new CoreItemListDefined(CORE_LIST, "Core items (bench)"));
        for (int i = 0; i < Math.min(100, componentCount); i++) {
            emit(sink, AggregateIds.coreItemList(CORE_LIST), new CoreItemListMemberAdded(CORE_LIST, componentIds.get(i)));
        }
        emit(sink, AggregateIds.coreItemList(CORE_LIST),
             new LocalizationTargetSet(CORE_LIST, new BigDecimal("0.30"), LocalDate.of(2020, 8, 5)));
        emit(sink, AggregateIds.coreItemList(CORE_LIST),
             new LocalizationTargetSet(CORE_LIST, new BigDecimal("0.50"), LocalDate.of(2024, 8, 5)));
        // one capability per domestic SME or mid-size supplier
        for (String firm : domesticSuppliers) {
            String component = componentIds.get(random.nextInt(componentCount));
            capableByComponent.computeIfAbsent(component, c -> new ArrayList<>()).add(firm);
            emit(sink, AggregateIds.firm(firm), new FirmCapabilityDeclared(firm, component, 3 + random.nextInt(7),
                    BigDecimal.valueOf(10 + random.nextInt(500)), "t",
                    PLAN_START.plusDays(random.nextInt(PLAN_SPAN_DAYS))));
        }
        // partnerships: one for every third component, with a capable domestic supplier where there is one
        PartnershipStage[] forward = {PartnershipStage.DEVELOPMENT, PartnershipStage.PROTOTYPE,
                PartnershipStage.RELIABILITY_EVALUATION, PartnershipStage.PRODUCTION_EVALUATION,
                PartnershipStage.MASS_PRODUCTION};
        PartnershipKind[] kinds = PartnershipKind.values();
        for (int i = 0; i < componentCount; i += 3) {
            String component = componentIds.get(i);
            String supplier = domesticFor(component, random);
            String buyer = buyers.get(random.nextInt(BUYERS));
            String id = "pship-" + i;
            LocalDate on = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(2500));
            String stream = AggregateIds.partnership(buyer, supplier, id);
            emit(sink, stream, new PartnershipRegistered(id, buyer, supplier, component,
                    kinds[random.nextInt(kinds.length)], on, random.nextBoolean() ? "Sobujang cooperation model" : null));
            PartnershipStage previous = PartnershipStage.AGREED;
            int stages = 1 + random.nextInt(forward.length);
            for (int s = 0; s < stages; s++) {
                on = on.plusDays(60 + random.nextInt(300));
                emit(sink, stream, new PartnershipStageAdvanced(id, buyer, supplier, component,
                        previous, forward[s], on, null));
                previous = forward[s];
            }
        }
        // national trade statistics: monthly imports 2019–2023 per HS code and partner
        int trade = 0;
        outer:
        for (String component : componentIds) {
            for (int m = 0; m < 60; m++) {
                YearMonth period = YearMonth.of(2019, 1).plusMonths(m);
                for (String partner : FOREIGN) {
                    if (trade++ >= tradeStatistics) {
                        break outer;
                    }
                    BigDecimal value = BigDecimal.valueOf(10_000 + random.nextInt(5_000_000));
                    BigDecimal weight = BigDecimal.valueOf(100 + random.nextInt(100_000));
                    String hs = hsCodes.get(component);
                    emit(sink, AggregateIds.tradeStatistic("KCS", "KR", period, partner, hs, TradeFlow.M.name()),
                         new TradeStatisticRecorded("KCS", "KR", period, partner, hs, TradeFlow.M, value, weight,
                                                    "bench-generated", false));
                }
            }
        }
        // sourcing plans: buyer-00 over the first components, the others over random ones
        for (int i = 0; i < rankingPlans; i++) {
            plans.add(new Plan(RANKING_BUYER, componentIds.get(i)));
        }
        for (int b = 1; b < BUYERS; b++) {
            List<String> shuffled = new ArrayList<>(componentIds);
            for (int i = 0; i < otherPlansPerBuyer; i++) {
                int j = i + random.nextInt(shuffled.size() - i);
                String pick = shuffled.get(j);
                shuffled.set(j, shuffled.get(i));
                shuffled.set(i, pick);
                plans.add(new Plan(buyers.get(b), pick));
            }
        }
        long remaining = Math.max(plans.size(), events - generated);
        long perPlan = remaining / plans.size();
        long extra = remaining % plans.size();
        List<PlanHistory> histories = new ArrayList<>();
        for (int p = 0; p < plans.size(); p++) {
            histories.add(new PlanHistory(plans.get(p), perPlan + (p < extra ? 1 : 0), random));
        }
        // interleaved, as many buyers record changes over the same years
        long rounds = perPlan + (extra > 0 ? 1 : 0);
        for (long r = 0; r < rounds; r++) {
            for (PlanHistory h : histories) {
                if (r < h.total) {
                    h.next(sink, r, random);
                }
            }
        }
    }

    private void registerFirm(Sink sink, String id, String name, String country, FirmSize size) throws Exception {
        firmCountry.put(id, country);
        emit(sink, AggregateIds.firm(id), new FirmRegistered(id, name, country, size, null));
        sink.firm(id, country, size.name());
    }

    private String domesticFor(String component, SplittableRandom random) {
        List<String> capable = capableByComponent.get(component);
        if (capable != null && !capable.isEmpty()) {
            return capable.get(random.nextInt(capable.size()));
        }
        return domesticSuppliers.get(random.nextInt(domesticSuppliers.size()));
    }

    private void emit(Sink sink, String aggregateId, Object payload) throws Exception {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        // recorded one second apart, in emission order
        sink.event(aggregateId, sequence, payload, RECORDED_FROM.plus(Duration.ofSeconds(recordedSeconds++)));
        generated++;
    }

    /** One plan's effective-dated history: the domestic share grows over the years, shares never exceed 1. */
    private final class PlanHistory {
        final Plan plan;
        final long total;
        final String foreignA;
        final String foreignB;
        final String domestic;
        final long stepDays;
        final Map<String, BigDecimal> current = new LinkedHashMap<>();

        PlanHistory(Plan plan, long total, SplittableRandom random) {
            this.plan = plan;
            this.total = total;
            boolean restricted = restrictedComponents.contains(plan.componentId());
            this.foreignA = pickForeign(restricted ? "JP" : null, random);
            this.foreignB = pickForeign(null, random);
            this.domestic = domesticFor(plan.componentId(), random);
            this.stepDays = Math.max(1, PLAN_SPAN_DAYS / Math.max(1, total));
            planSuppliers.put(plan, List.of(foreignA, foreignB, domestic));
        }

        private String pickForeign(String country, SplittableRandom random) {
            for (int attempt = 0; attempt < 50; attempt++) {
                String f = foreignFirms.get(random.nextInt(foreignFirms.size()));
                if (country == null || country.equals(firmCountry.get(f))) {
                    return f;
                }
            }
            return foreignFirms.get(random.nextInt(foreignFirms.size()));
        }

        void next(Sink sink, long r, SplittableRandom random) throws Exception {
            String aggregate = AggregateIds.sourcingPlan(plan.buyerId(), plan.componentId());
            String changeId = plan.buyerId() + "-" + plan.componentId() + "-" + r;
            LocalDate effective = PLAN_START.plusDays(r * stepDays);
            if (r > 0 && random.nextDouble() < 0.2 && !current.isEmpty()) {
                // lower one supplier's share: never breaks the sum
                String supplier = current.keySet().iterator().next();
                BigDecimal share = current.get(supplier).multiply(new BigDecimal("0.9")).setScale(3, RoundingMode.DOWN);
                current.put(supplier, share);
                emit(sink, aggregate, new SourcingShareChanged(changeId, plan.buyerId(), plan.componentId(), supplier,
                        share, effective, null, null, null));
            } else {
                double progress = total <= 1 ? 0 : (double) r / (total - 1);
                double domesticShare = Math.min(0.9, Math.max(0, progress * 0.7 + (random.nextDouble() - 0.5) * 0.1));
                double foreign = 1 - domesticShare;
                double a = foreign * (0.6 + random.nextDouble() * 0.3);
                current.clear();
                current.put(foreignA, scale(a));
                current.put(foreignB, scale(foreign - a));
                if (domesticShare > 0.01) {
                    current.put(domestic, scale(domesticShare));
                }
                List<SupplierShareValue> shares = current.entrySet().stream()
                        .map(e -> new SupplierShareValue(e.getKey(), e.getValue())).toList();
                BigDecimal volume = r == 0 ? BigDecimal.valueOf(50 + random.nextInt(950)) : null;
                emit(sink, aggregate, new SourcingPlanRevised(changeId, plan.buyerId(), plan.componentId(), effective,
                        shares, volume, volume == null ? null : "t", null));
            }
            sink.change(changeId, plan.buyerId(), plan.componentId());
        }

        private BigDecimal scale(double share) {
            // rounded down to three decimals, so the three shares never add up to more than 1
            return BigDecimal.valueOf(share).setScale(3, RoundingMode.DOWN);
        }
    }
}
