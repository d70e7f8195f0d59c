package org.sobujang.command;

import java.util.regex.Pattern;

/** The shape every id in the public API has; it keeps '/' and ':' out of the prefixed aggregate ids. */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9_-]{1,64}";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && COMPILED.matcher(id).matches();
    }

    public static void require(String field, String id) {
        if (!isValid(id)) {
            throw new InvalidInput(field, "must match " + PATTERN);
        }
    }
}
