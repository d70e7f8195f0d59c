package org.sobujang.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.RestrictionDocument;
import org.sobujang.query.firm.CapabilityEntry;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.national.ComponentPool;
import org.sobujang.query.national.DisclosureControl;
import org.sobujang.query.national.NationalRiskModel;
import org.sobujang.query.risk.DependencyRiskModel;
import org.sobujang.query.risk.RiskParameters;
import org.sobujang.query.sourcing.PlanHistorySweepPropertyTest;
import org.sobujang.query.sourcing.SourcingPlanDocument;

/**
 * Progress over many period ends reuses per-plan states, per-component assessments and per-state domestic shares
 * from one date to the next; every point must still equal the point evaluated on its own.
 */
class LocalizationProgressSweepPropertyTest {

    private static final String[] BUYERS = {"a", "b", "c", "d", "e", "f"};
    private static final Map<String, String> COUNTRIES = Map.of("tok", "JP", "jsr", "JP", "dongjin", "KR",
            "skm", "KR", "soulbrain", "KR", "hansol", "KR");

    private final LocalizationProgress progress = new LocalizationProgress(new NationalRiskModel(
            new DependencyRiskModel(RiskParameters.DEFAULTS), DisclosureControl.DEFAULTS, "KR"));

    @Property(tries = 150)
    void everyPointEqualsThePointEvaluatedAlone(@ForAll long seed) {
        Random random = new Random(seed);
        ComponentPool pool = randomPool(random);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate month = LocalDate.of(2017, 12, 31); month.getYear() < 2024; month = month.plusMonths(1)
                .withDayOfMonth(1).plusMonths(1).minusDays(1)) {
            if (random.nextInt(3) > 0) {
                dates.add(month);
            }
        }

        List<ProgressPoint> all = progress.evaluate(pool, dates, null);

        assertThat(all).hasSize(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            assertThat(all.get(i)).as("at %s", dates.get(i))
                                  .isEqualTo(progress.evaluate(pool, List.of(dates.get(i)), null).get(0));
        }
    }

    private static ComponentPool randomPool(Random random) {
        Map<String, ComponentDocument> components = new LinkedHashMap<>();
        Map<String, List<SourcingPlanDocument>> plans = new HashMap<>();
        Map<String, ComponentCapabilitiesDocument> capabilities = new HashMap<>();
        for (int c = 1 + random.nextInt(4); c > 0; c--) {
            String id = "c" + c;
            Map<String, RestrictionDocument> restrictions = new HashMap<>();
            if (random.nextBoolean()) {
                String from = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(1500)).toString();
                String lifted = random.nextBoolean() ? null : LocalDate.parse(from).plusDays(random.nextInt(700))
                        .toString();
                restrictions.put(id + "-jp", new RestrictionDocument("JP", "KR",
                        RestrictionMeasure.INDIVIDUAL_LICENSE, from, lifted, null));
            }
            components.put(id, new ComponentDocument(id, id, Category.MATERIAL, "370790", Sector.SEMICONDUCTOR,
                    List.of(), restrictions));
            List<SourcingPlanDocument> ofComponent = new ArrayList<>();
            for (String buyer : BUYERS) {
                if (random.nextInt(3) > 0) {
                    Map<String, org.sobujang.query.sourcing.ChangeDocument> changes = new HashMap<>();
                    PlanHistorySweepPropertyTest.randomChanges(random, random.nextInt(25))
                            .forEach(change -> changes.put("x" + changes.size(), change));
                    ofComponent.add(new SourcingPlanDocument(SourcingPlanDocument.idOf(buyer, id), buyer, id,
                            changes));
                }
            }
            plans.put(id, ofComponent);
            // domestic firms become qualified (and some fall back) at random dates: alternatives change the score
            Map<String, Map<String, CapabilityEntry>> firms = new HashMap<>();
            for (String firm : List.of("skm", "soulbrain", "dongjin", "hansol")) {
                if (random.nextBoolean()) {
                    Map<String, CapabilityEntry> entries = new HashMap<>();
                    for (int e = 1 + random.nextInt(3); e > 0; e--) {
                        entries.put("e" + e, CapabilityEntry.declared(6 + random.nextInt(4), null, null,
                                LocalDate.of(2018, 1, 1).plusDays(random.nextInt(1800)).toString(), e));
                    }
                    firms.put(firm, entries);
                }
            }
            capabilities.put(id, new ComponentCapabilitiesDocument(id, firms));
        }
        return new ComponentPool(components, plans, capabilities, Map.of(), COUNTRIES, "KR");
    }
}
