package org.sobujang.command;

/**
 * A business rule of the command side, as a type named for what it protects ({@code SharesNeverExceedDemand}). The
 * type's simple name is the name the API answers with, in a 422's {@code rule} and at the start of every refusal's
 * {@code detail}, so a rule's name is written exactly once: as its type. Each rule lives beside the aggregate it
 * guards (rules that several aggregates share live in this package) and holds its own check, which the aggregate
 * calls; the refusals it makes say which HTTP answer the rule gets.
 */
public abstract class Rule {

    protected Rule() {
        if (getClass().getSimpleName().isEmpty()) {
            throw new IllegalStateException("a rule is a named class: its name is the name the API answers with");
        }
    }

    public final String name() {
        return getClass().getSimpleName();
    }

    /** Broken given state beyond the command (other aggregates, the aggregate's history): 422. */
    protected final RuleViolated violated(String explanation) {
        return new RuleViolated(this, explanation);
    }

    /** Broken by the command alone, in {@code field}: 400. */
    protected final InvalidInput invalid(String field, String explanation) {
        return new InvalidInput(field, describe(explanation));
    }

    /** Broken by a clash with what exists: 409. */
    protected final Conflict conflict(String explanation) {
        return new Conflict(describe(explanation));
    }

    /** The refusal's message, for a reader that reports row errors instead of throwing. */
    protected final String describe(String explanation) {
        return name() + ": " + explanation;
    }

    @Override
    public final String toString() {
        return name();
    }
}
