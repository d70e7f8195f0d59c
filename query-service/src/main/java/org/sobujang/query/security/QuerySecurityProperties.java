package org.sobujang.query.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which JWT claims name the caller's firm and roles (docs/security.md, "Tokens"). */
@ConfigurationProperties("sobujang.security")
public record QuerySecurityProperties(String firmClaim, String rolesClaim) {

    public QuerySecurityProperties {
        firmClaim = firmClaim == null || firmClaim.isBlank() ? "firm_id" : firmClaim;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
    }
}
