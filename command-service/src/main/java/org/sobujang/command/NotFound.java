package org.sobujang.command;

/** The command addresses something that does not exist (an unknown restriction, change or capability). */
public final class NotFound extends CommandRejected {

    public NotFound(String message) {
        super(message);
    }
}
