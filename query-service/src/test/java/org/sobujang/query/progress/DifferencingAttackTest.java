package org.sobujang.query.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.RestrictionDocument;
import org.sobujang.query.national.ComponentPool;
import org.sobujang.query.national.DisclosureControl;
import org.sobujang.query.national.NationalAssessment;
import org.sobujang.query.national.NationalRiskModel;
import org.sobujang.query.national.PlanFacts;
import org.sobujang.query.risk.DependencyRiskModel;
import org.sobujang.query.risk.RiskParameters;
import org.sobujang.query.sourcing.ChangeDocument;
import org.sobujang.query.sourcing.PlanHistorySweepPropertyTest;
import org.sobujang.query.sourcing.SourcingPlanDocument;

/**
 * An analyst who may ask for any scope tries to recover a buyer whose component is suppressed on its own (risk-model
 * md §2, against differencing). The attack is given everything: every one of the 2^n scopes over the components,
 * every period end, the per-component national figures. Two worlds differ only in that buyer's plan; if any
 * published answer differed between them, some combination of answers would tell the plan apart. None may.
 */
class DifferencingAttackTest {

    private static final Map<String, String> COUNTRIES = Map.of("tok", "JP", "jsr", "JP", "dongjin", "KR",
            "skm", "KR", "soulbrain", "KR", "hansol", "KR");
    private static final String[] BUYERS = {"a", "b", "c", "d", "e", "f"};

    private final NationalRiskModel national = new NationalRiskModel(new DependencyRiskModel(RiskParameters.DEFAULTS),
            DisclosureControl.DEFAULTS, "KR");
    private final LocalizationProgress progress = new LocalizationProgress(national);

    /** The secret: the one buyer of component "x" (or one of two); its plan is drawn anew in the second world. */
    @Property(tries = 60)
    void noCombinationOfScopesTellsAWithheldBuyersPlan(@ForAll long seed) {
        Random random = new Random(seed);
        Map<String, List<SourcingPlanDocument>> plans = new LinkedHashMap<>();
        for (String component : List.of("c1", "c2", "c3", "c4")) {
            List<SourcingPlanDocument> ofComponent = new ArrayList<>();
            for (String buyer : BUYERS) {
                if (random.nextInt(4) > 0) {
                    ofComponent.add(plan(buyer, component, PlanHistorySweepPropertyTest.randomChanges(random,
                            1 + random.nextInt(12))));
                }
            }
            plans.put(component, ofComponent);
        }
        List<String> secretBuyers = random.nextBoolean() ? List.of("a") : List.of("a", "b");
        Map<String, List<SourcingPlanDocument>> world = new LinkedHashMap<>(plans);
        Map<String, List<SourcingPlanDocument>> other = new LinkedHashMap<>(plans);
        world.put("x", secretBuyers.stream().map(b -> plan(b, "x", PlanHistorySweepPropertyTest.randomChanges(
                random, 1 + random.nextInt(12)))).toList());
        List<SourcingPlanDocument> changed = new ArrayList<>(world.get("x"));
        changed.set(0, plan("a", "x", PlanHistorySweepPropertyTest.randomChanges(random, 1 + random.nextInt(12))));
        other.put("x", changed);

        assertNoPublishedAnswerDiffers(world, other, monthEnds(LocalDate.of(2018, 1, 31), 60));
    }

    /**
     * Three buyers, but "a" carries 90 % of the volume: suppressed for dominance. Scopes pooling "x" with large
     * published components would otherwise be published and give a's shares away by subtraction.
     */
    @Test
    void aDominantBuyerIsNotRecoveredFromScopesThatOutweighIt() {
        Map<String, List<SourcingPlanDocument>> world = new LinkedHashMap<>();
        Map<String, List<SourcingPlanDocument>> other = new LinkedHashMap<>();
        for (String component : List.of("c1", "c2")) {
            List<SourcingPlanDocument> big = List.of(
                    plan("d", component, List.of(change("tok", "0.6", "400"), change("skm", "0.4", "400"))),
                    plan("e", component, List.of(change("jsr", "1", "500"))),
                    plan("f", component, List.of(change("soulbrain", "1", "450"))));
            world.put(component, big);
            other.put(component, big);
        }
        List<SourcingPlanDocument> x = List.of(
                plan("b", "x", List.of(change("tok", "1", "50"))),
                plan("c", "x", List.of(change("dongjin", "1", "50"))));
        world.put("x", concat(x, plan("a", "x", List.of(change("tok", "0.9", "900"), change("hansol", "0.1", "900")))));
        other.put("x", concat(x, plan("a", "x", List.of(change("tok", "0.2", "900"), change("hansol", "0.8", "900")))));

        List<LocalDate> dates = List.of(LocalDate.of(2019, 6, 30), LocalDate.of(2019, 12, 31));
        assertThat(national.assess(plansOn(world, "x", dates.get(0)), Set.of(), Set.of(),
                COUNTRIES).suppressedReason()).isEqualTo(DisclosureControl.DOMINANCE);
        // the attack's material: with "x" pooled the scope {c1, c2, x} would be published (a holds 900 of 2,350)
        List<ProgressPoint> everything = progress.evaluate(pool(world, List.of("c1", "c2", "x")), dates, null);
        assertThat(everything.get(0).suppressedReason()).isNull();
        assertThat(everything.get(0).componentsWithheld()).isEqualTo(1);

        assertNoPublishedAnswerDiffers(world, other, dates);
    }

    private void assertNoPublishedAnswerDiffers(Map<String, List<SourcingPlanDocument>> world,
                                                Map<String, List<SourcingPlanDocument>> other,
                                                List<LocalDate> dates) {
        List<String> components = new ArrayList<>(world.keySet());
        int published = 0;
        for (int mask = 1; mask < 1 << components.size(); mask++) {
            List<String> scope = new ArrayList<>();
            for (int i = 0; i < components.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    scope.add(components.get(i));
                }
            }
            List<ProgressPoint> seen = progress.evaluate(pool(world, scope), dates, null);
            List<ProgressPoint> seenOther = progress.evaluate(pool(other, scope), dates, null);
            assertThat(seenOther).as("scope %s", scope).isEqualTo(seen);
            published += (int) seen.stream().filter(p -> p.domesticShare() != null).count();
        }
        for (String component : components) {
            for (LocalDate date : dates) {
                NationalAssessment figure = national.assess(plansOn(world, component, date), Set.of(),
                        Set.of(), COUNTRIES);
                NationalAssessment figureOther = national.assess(plansOn(other, component, date), Set.of(),
                        Set.of(), COUNTRIES);
                if (component.equals("x")) {
                    assertThat(figure.published()).as("x on %s", date).isFalse();
                }
                assertThat(figureOther.score()).as("%s on %s", component, date).isEqualTo(figure.score());
                assertThat(figureOther.suppressedReason()).isEqualTo(figure.suppressedReason());
            }
        }
        // the attack had published figures to work with, or it proves nothing
        assertThat(published).isPositive();
    }

    private static ComponentPool pool(Map<String, List<SourcingPlanDocument>> plans, List<String> scope) {
        Map<String, ComponentDocument> components = new LinkedHashMap<>();
        Map<String, List<SourcingPlanDocument>> inScope = new HashMap<>();
        for (String id : scope) {
            components.put(id, new ComponentDocument(id, id, Category.MATERIAL, "370790", Sector.SEMICONDUCTOR,
                    List.of(), Map.of(id + "-jp", new RestrictionDocument("JP", "KR",
                            RestrictionMeasure.INDIVIDUAL_LICENSE, "2019-07-04", null, null))));
            inScope.put(id, plans.get(id));
        }
        return new ComponentPool(components, inScope, Map.of(), Map.of(), COUNTRIES, "KR");
    }

    private static List<PlanFacts> plansOn(Map<String, List<SourcingPlanDocument>> plans, String component,
                                           LocalDate date) {
        return pool(plans, List.of(component)).plansOn(component, List.of(date)).get(0);
    }

    private static SourcingPlanDocument plan(String buyer, String component, List<ChangeDocument> changes) {
        Map<String, ChangeDocument> byId = new HashMap<>();
        changes.forEach(change -> byId.put("x" + byId.size(), change));
        return new SourcingPlanDocument(SourcingPlanDocument.idOf(buyer, component), buyer, component, byId);
    }

    private static long sequence;

    private static ChangeDocument change(String supplier, String share, String volume) {
        return new ChangeDocument(ChangeDocument.Kind.SHARE_CHANGE, supplier, new BigDecimal(share), null,
                "2018-01-01", new BigDecimal(volume), "t", null, Instant.EPOCH, sequence++, null);
    }

    private static List<SourcingPlanDocument> concat(List<SourcingPlanDocument> plans, SourcingPlanDocument plan) {
        List<SourcingPlanDocument> all = new ArrayList<>(plans);
        all.add(plan);
        return all;
    }

    private static List<LocalDate> monthEnds(LocalDate first, int count) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = first; dates.size() < count; d = d.plusDays(1).plusMonths(1).minusDays(1)) {
            dates.add(d);
        }
        return dates;
    }
}
