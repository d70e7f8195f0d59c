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
}
