package org.sobujang.command;

import java.util.Locale;

/**
 * An id by which a command refers to an object of another aggregate. Where the id was in the request decides the
 * answer when the object is unknown (docs/api.md): in the path, 404; in the body, 422 naming the rule that needs it.
 */
public record Reference(Kind kind, String id) {

    public enum Kind {
        FIRM, COMPONENT;

        String noun() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Reference firm(String id) {
        return new Reference(Kind.FIRM, id);
    }

    public static Reference component(String id) {
        return new Reference(Kind.COMPONENT, id);
    }

    /** "firm acme", as a refusal's explanation names it. */
    public String describe() {
        return kind.noun() + " " + id;
    }

    /** The answer for an unknown id in the request's path. */
    public NotFound notFound() {
        String noun = kind.noun();
        return new NotFound(Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + id + " does not exist");
    }
}
