package org.sobujang.command;

/** A rule that needs state beyond the command is broken; the message starts with the rule's name. */
public final class RuleViolated extends CommandRejected {

    private final String rule;

    public RuleViolated(String rule, String explanation) {
        super(rule + ": " + explanation);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
