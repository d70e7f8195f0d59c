package org.sobujang.command.security;

import java.util.Set;

/**
 * The authenticated client a request acts for.
 *
 * @param clientId the client ({@code client_id}, else {@code sub})
 * @param firmId   the firm the client acts for; null for clients that act for no firm (ADMIN, ANALYST, STEWARD)
 * @param roles    role names without the {@code ROLE_} prefix
 */
public record Caller(String clientId, String firmId, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A caller without a firm acts for none, so a null firm never matches a null id. */
    public boolean actsFor(String firm) {
        return firmId != null && firmId.equals(firm);
    }

    /** True when the caller has the role and acts for the firm: "own firm" in the roles table. */
    public boolean hasRoleFor(String role, String firm) {
        return hasRole(role) && actsFor(firm);
    }
}
