package org.sobujang.query.web;

/** Mistakes a client made, answered with a classified GraphQL error instead of an internal one. */
public final class ClientErrors {

    private ClientErrors() {
    }

    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }

    public static final class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }

    /**
     * The caller may not ask this. Raised before anything is looked up, so the answer is the same whether or not
     * the object exists.
     */
    public static final class Forbidden extends RuntimeException {
        public Forbidden(String message) {
            super(message);
        }
    }
}
