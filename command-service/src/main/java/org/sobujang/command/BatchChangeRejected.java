package org.sobujang.command;

/**
 * One change of a batch was refused, so the whole batch is: the refusal it would have had on its own, and its
 * 0-based position in the batch, which the REST layer adds to the same problem details as {@code changeIndex}.
 */
public final class BatchChangeRejected extends RuntimeException {

    private final int changeIndex;
    private final CommandRejected reason;

    public BatchChangeRejected(int changeIndex, CommandRejected reason) {
        super("change " + changeIndex + " of the batch: " + reason.getMessage(), reason);
        this.changeIndex = changeIndex;
        this.reason = reason;
    }

    public int changeIndex() {
        return changeIndex;
    }

    public CommandRejected reason() {
        return reason;
    }
}
