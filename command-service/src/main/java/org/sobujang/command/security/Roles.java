package org.sobujang.command.security;

/** The role names of docs/security.md; a token's roles become authorities {@code ROLE_<name>}. */
public final class Roles {

    public static final String PROCUREMENT = "PROCUREMENT";
    public static final String PARTNERSHIP = "PARTNERSHIP";
    public static final String ANALYST = "ANALYST";
    public static final String STEWARD = "STEWARD";
    public static final String ADMIN = "ADMIN";

    public static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {
    }
}
