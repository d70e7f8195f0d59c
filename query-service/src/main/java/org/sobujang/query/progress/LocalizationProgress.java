package org.sobujang.query.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.query.coreitems.LocalizationTargets;
import org.sobujang.query.national.ComponentPool;
import org.sobujang.query.national.DisclosureControl;
import org.sobujang.query.national.NationalAssessment;
import org.sobujang.query.national.NationalRiskModel;
import org.sobujang.query.national.PlanFacts;
import org.sobujang.query.national.WeightedPlans;
import org.sobujang.query.partnership.PartnershipTimeline;
import org.sobujang.query.risk.RiskLevel;

/**
 * risk-model.md §4 over a pool loaded once: every period end is evaluated in memory. Restrictions are judged
 * against the home country, as for the national view: progress is a national figure. A scope pools the plans of
 * those components only whose own national figure (§2) is published at the date; the others are withheld and
 * counted, so no combination of scopes, however they overlap, tells anything of a component that is suppressed on
 * its own (§2, differencing).
 */
public final class LocalizationProgress {

    private final NationalRiskModel national;

    public LocalizationProgress(NationalRiskModel national) {
        this.national = national;
    }

    /**
     * Each component's plans are swept once for all dates ({@link ComponentPool#plansOn(String, List)}); a
     * component whose plans, restrictions and qualified firms did not change since the previous date keeps its
     * national assessment, and a plan's domestic share is computed once per state of the plan.
     *
     * @param dates   ascending
     * @param targets the scope's core-item list targets; null when the scope is no list
     */
    public List<ProgressPoint> evaluate(ComponentPool pool, List<LocalDate> dates, LocalizationTargets targets) {
        Map<String, List<List<PlanFacts>>> plansByComponent = new HashMap<>();
        for (String componentId : pool.components().keySet()) {
            plansByComponent.put(componentId, pool.plansOn(componentId, dates));
        }
        Map<String, Assessed> previous = new HashMap<>();
        Map<PlanFacts, Double> domesticShares = new IdentityHashMap<>();
        List<ProgressPoint> points = new ArrayList<>();
        for (int d = 0; d < dates.size(); d++) {
            points.add(point(pool, d, dates.get(d), plansByComponent, previous, domesticShares, targets));
        }
        return points;
    }

    /** A component's national assessment at one date and the inputs it was made from. */
    private record Assessed(List<PlanFacts> plans, Set<String> restricting, Set<String> qualified,
                            NationalAssessment assessment) {

        boolean sameInputs(List<PlanFacts> plans, Set<String> restricting, Set<String> qualified) {
            return this.plans == plans && this.restricting.equals(restricting) && this.qualified.equals(qualified);
        }
    }

    private ProgressPoint point(ComponentPool pool, int index, LocalDate date,
                                Map<String, List<List<PlanFacts>>> plansByComponent, Map<String, Assessed> previous,
                                Map<PlanFacts, Double> domesticShares, LocalizationTargets targets) {
        List<PlanFacts> plans = new ArrayList<>();
        Map<String, Set<String>> restricting = new HashMap<>();
        int qualified = 0;
        int withheld = 0;
        Set<String> withheldReasons = new HashSet<>();
        int highRisk = 0;
        Map<PartnershipStage, Integer> stages = new EnumMap<>(PartnershipStage.class);
        for (PartnershipStage stage : PartnershipStage.values()) {
            stages.put(stage, 0);
        }
        for (String componentId : pool.components().keySet()) {
            List<PlanFacts> componentPlans = plansByComponent.get(componentId).get(index);
            Set<String> restricted = pool.restrictingOn(componentId, date);
            Set<String> qualifiedFirms = pool.qualifiedOn(componentId, date);
            restricting.put(componentId, restricted);
            if (!qualifiedFirms.isEmpty()) {
                qualified++;
            }
            Assessed before = previous.get(componentId);
            NationalAssessment assessment;
            if (before != null && before.sameInputs(componentPlans, restricted, qualifiedFirms)) {
                assessment = before.assessment();
            } else {
                assessment = national.assess(componentPlans, restricted, qualifiedFirms, pool.countries());
                previous.put(componentId, new Assessed(componentPlans, restricted, qualifiedFirms, assessment));
            }
            if (assessment.published()) {
                // §2 against differencing: only components whose own national figure is published are pooled
                plans.addAll(componentPlans);
                if (assessment.level().compareTo(RiskLevel.HIGH) >= 0) {
                    highRisk++;
                }
            } else {
                withheld++;
                withheldReasons.add(assessment.suppressedReason());
            }
            for (List<PartnershipTimeline> timelines : pool.timelines(componentId).values()) {
                for (PartnershipTimeline timeline : timelines) {
                    timeline.stageOn(date).ifPresent(s -> stages.merge(s, 1, Integer::sum));
                }
            }
        }

        WeightedPlans weighted = WeightedPlans.of(plans);
        Optional<String> suppressed = national.disclosure().suppression(weighted);
        if (suppressed.isPresent() && weighted.isEmpty()
            && withheldReasons.equals(Set.of(DisclosureControl.DOMINANCE))) {
            // nothing publishable, and every component was withheld for one buyer's dominance: say so (the
            // components' own reasons are public), as a scope of one such component answers like nationalRisk.
            // Whether a withheld component has sourcing at all must not matter: that is its buyers' business.
            suppressed = Optional.of(DisclosureControl.DOMINANCE);
        }
        Double domestic = null;
        Double restrictedShare = null;
        if (suppressed.isEmpty()) {
            domestic = weighted.weightedMean(plan -> domesticShares.computeIfAbsent(plan, p -> shareWhere(p,
                    supplier -> pool.homeCountry().equals(pool.countries().get(supplier)))));
            restrictedShare = weighted.weightedMean(plan -> {
                Set<String> countries = restricting.get(plan.componentId());
                return countries.isEmpty() ? 0.0
                        : shareWhere(plan, supplier -> countries.contains(pool.countries().get(supplier)));
            });
        }
        return new ProgressPoint(date, domestic, restrictedShare, pool.components().size(), qualified, highRisk,
                withheld,
                stages.entrySet().stream().map(e -> new ProgressPoint.StageCount(e.getKey(), e.getValue())).toList(),
                targets == null ? null : targets.dueOnOrAfter(date).map(LocalizationTargets.Target::share).orElse(null),
                suppressed.orElse(null));
    }

    /** Σ p_j of the plan's suppliers that satisfy {@code test}. */
    private static double shareWhere(PlanFacts plan, Predicate<String> test) {
        double sum = 0;
        for (Map.Entry<String, Double> e : plan.normalized().entrySet()) {
            if (test.test(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }
}
