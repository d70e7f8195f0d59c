package org.sobujang.command;

/**
 * A command the domain refuses. Each subclass stands for one kind of refusal, which the REST layer maps to one
 * HTTP status; the message names the rule that was broken.
 */
public abstract sealed class CommandRejected extends RuntimeException
        permits InvalidInput, RuleViolated, NotFound, Conflict {

    protected CommandRejected(String message) {
        super(message);
    }
}
