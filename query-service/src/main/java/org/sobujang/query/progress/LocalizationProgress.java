package org.sobujang.query.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.query.coreitems.LocalizationTargets;
import org.sobujang.query.national.ComponentPool;
import org.sobujang.query.national.NationalAssessment;
import org.sobujang.query.national.NationalRiskModel;
import org.sobujang.query.national.PlanFacts;
import org.sobujang.query.national.WeightedPlans;
import org.sobujang.query.partnership.PartnershipTimeline;
import org.sobujang.query.risk.RiskLevel;

/**
 * risk-model.md §4 over a pool loaded once: every period end is evaluated in memory. Restrictions are judged
 * against the home country, as for the national view: progress is a national figure.
 */
public final class LocalizationProgress {

    private final NationalRiskModel national;

    public LocalizationProgress(NationalRiskModel national) {
        this.national = national;
    }

    /** @param targets the scope's core-item list targets; null when the scope is no list */
    public List<ProgressPoint> evaluate(ComponentPool pool, List<LocalDate> dates, LocalizationTargets targets) {
        List<ProgressPoint> points = new ArrayList<>();
        for (LocalDate date : dates) {
            points.add(point(pool, date, targets));
        }
        return points;
    }

    private ProgressPoint point(ComponentPool pool, LocalDate date, LocalizationTargets targets) {
        List<PlanFacts> plans = new ArrayList<>();
        Map<String, Set<String>> restricting = new HashMap<>();
        int qualified = 0;
        int highRisk = 0;
        Map<PartnershipStage, Integer> stages = new EnumMap<>(PartnershipStage.class);
        for (PartnershipStage stage : PartnershipStage.values()) {
            stages.put(stage, 0);
        }
        for (String componentId : pool.components().keySet()) {
            List<PlanFacts> componentPlans = pool.plansOn(componentId, date);
            Set<String> restricted = pool.restrictingOn(componentId, date);
            Set<String> qualifiedFirms = pool.qualifiedOn(componentId, date);
            plans.addAll(componentPlans);
            restricting.put(componentId, restricted);
            if (!qualifiedFirms.isEmpty()) {
                qualified++;
            }
            NationalAssessment assessment = national.assess(componentPlans, restricted, qualifiedFirms,
                    pool.countries());
            if (assessment.published() && assessment.level().compareTo(RiskLevel.HIGH) >= 0) {
                highRisk++;
            }
            for (List<PartnershipTimeline> timelines : pool.timelines(componentId).values()) {
                for (PartnershipTimeline timeline : timelines) {
                    timeline.stageOn(date).ifPresent(s -> stages.merge(s, 1, Integer::sum));
                }
            }
        }

        WeightedPlans weighted = WeightedPlans.of(plans);
        Optional<String> suppressed = national.disclosure().suppression(weighted);
        Double domestic = null;
        Double restrictedShare = null;
        if (suppressed.isEmpty()) {
            domestic = weighted.weightedMean(plan -> shareWhere(plan,
                    supplier -> pool.homeCountry().equals(pool.countries().get(supplier))));
            restrictedShare = weighted.weightedMean(plan -> shareWhere(plan,
                    supplier -> restricting.get(plan.componentId()).contains(pool.countries().get(supplier))));
        }
        return new ProgressPoint(date, domestic, restrictedShare, pool.components().size(), qualified, highRisk,
                stages.entrySet().stream().map(e -> new ProgressPoint.StageCount(e.getKey(), e.getValue())).toList(),
                targets == null ? null : targets.dueOnOrAfter(date).map(LocalizationTargets.Target::share).orElse(null),
                suppressed.orElse(null));
    }

    /** Σ p_j of the plan's suppliers that satisfy {@code test}. */
    private static double shareWhere(PlanFacts plan, Predicate<String> test) {
        return plan.normalized().entrySet().stream()
                   .filter(e -> test.test(e.getKey()))
                   .mapToDouble(Map.Entry::getValue)
                   .sum();
    }
}
