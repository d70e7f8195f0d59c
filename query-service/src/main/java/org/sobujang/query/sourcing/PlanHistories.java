package org.sobujang.query.sourcing;

import java.util.function.Function;

import org.sobujang.query.readstore.DerivedAnswers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link PlanHistory} of a plan document: the plan's changes filtered and sorted, which the read store may keep
 * for as long as it hands out the same document instance ({@link DerivedAnswers#perDocument}).
 */
@Component
public class PlanHistories {

    private final Function<SourcingPlanDocument, PlanHistory> history;

    public PlanHistories(ObjectProvider<DerivedAnswers> derived) {
        this.history = derived.getIfAvailable(() -> DerivedAnswers.NONE)
                              .perDocument(plan -> PlanHistory.of(plan.changes().values()));
    }

    public PlanHistory of(SourcingPlanDocument plan) {
        return history.apply(plan);
    }
}
