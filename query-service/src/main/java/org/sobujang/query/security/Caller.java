package org.sobujang.query.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who asks: the client, the firm it acts for (null for clients that act for none, e.g. ADMIN or ANALYST) and its
 * roles without the {@code ROLE_} prefix. Controllers take it as an argument ({@link CallerArgumentResolver}).
 */
public record Caller(String clientId, String firmId, Set<String> roles) {

    public static final String PROCUREMENT = "PROCUREMENT";
    public static final String PARTNERSHIP = "PARTNERSHIP";
    public static final String ANALYST = "ANALYST";
    public static final String STEWARD = "STEWARD";
    public static final String ADMIN = "ADMIN";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(ADMIN);
    }

    /** The caller has the role and acts for exactly this firm; a caller without a firm acts for none. */
    public boolean actsFor(String role, String firmId) {
        return has(role) && this.firmId != null && this.firmId.equals(firmId);
    }

    /** Roles come from the authorities the JWT converter granted, so both readings always agree. */
    static Caller of(Authentication authentication, QuerySecurityProperties properties) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(java.util.stream.Collectors.toSet());
        String client = authentication.getName();
        String firm = null;
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            Object clientId = jwt.getClaims().get("client_id");
            client = clientId != null ? clientId.toString() : jwt.getSubject();
            Object claim = jwt.getClaims().get(properties.firmClaim());
            firm = claim == null || claim.toString().isBlank() ? null : claim.toString();
        }
        return new Caller(client, firm, roles);
    }
}
