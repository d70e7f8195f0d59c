package org.sobujang.command;

import java.util.Optional;

/** A rule that needs state beyond the command is broken; the message starts with the rule's name. */
public final class RuleViolated extends CommandRejected {

    private final String rule;
    private final transient Reference unknown;

    public RuleViolated(Rule rule, String explanation) {
        this(rule, explanation, null);
    }

    private RuleViolated(Rule rule, String explanation, Reference unknown) {
        super(rule.name() + ": " + explanation);
        this.rule = rule.name();
        this.unknown = unknown;
    }

    /** The command refers to an object that does not exist, which {@code rule} needs. */
    public static RuleViolated unknown(Rule rule, Reference reference) {
        return new RuleViolated(rule, reference.describe() + " is not registered", reference);
    }

    public String rule() {
        return rule;
    }

    /** The reference this refusal is about, when an object the command refers to does not exist. */
    public Optional<Reference> unknown() {
        return Optional.ofNullable(unknown);
    }
}
