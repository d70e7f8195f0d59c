package org.sobujang.command;

/** The command clashes with what exists: the same id with different details, a taken registration number. */
public final class Conflict extends CommandRejected {

    public Conflict(String message) {
        super(message);
    }
}
