package org.sobujang.command.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Turns an authentication into a {@link Caller}; the firm claim's name is configuration. */
@Component
public class CallerResolver {

    private final String firmClaim;

    public CallerResolver(@Value("${sobujang.security.firm-claim:firm_id}") String firmClaim) {
        this.firmClaim = firmClaim;
    }

    /** The caller of the current thread's request (or of the import it started); empty when nobody is signed in. */
    public Optional<Caller> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public Optional<Caller> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        String firm = null;
        if (authentication instanceof JwtAuthenticationToken jwt) {
            Object claim = jwt.getToken().getClaims().get(firmClaim);
            // A firm id is a string; anything else (a number, a list) names no firm rather than a guessed one.
            firm = claim instanceof String text && !text.isBlank() ? text : null;
        }
        Set<String> roles = authentication.getAuthorities().stream()
                                          .map(GrantedAuthority::getAuthority)
                                          .filter(a -> a != null && a.startsWith(Roles.AUTHORITY_PREFIX))
                                          .map(a -> a.substring(Roles.AUTHORITY_PREFIX.length()))
                                          .collect(Collectors.toSet());
        return Optional.of(new Caller(authentication.getName(), firm, roles));
    }
}
