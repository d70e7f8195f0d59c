package org.sobujang.command;

/** The command alone is wrong, whatever else exists (a blank name, a share above 1, an unknown country). */
public final class InvalidInput extends CommandRejected {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
