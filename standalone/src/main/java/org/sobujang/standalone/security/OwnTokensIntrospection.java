package org.sobujang.standalone.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenIntrospection;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenIntrospectionAuthenticationToken;

/**
 * Token introspection (RFC 7662) answers a client about its own tokens only: for a token issued to another client it
 * answers {@code {"active": false}}, exactly as for an unknown or expired token, so that a client can neither read
 * another client's claims (its firm, its roles) nor learn that such a token exists. RFC 7662 §4 leaves it to the
 * server which callers may introspect which tokens.
 */
final class OwnTokensIntrospection implements AuthenticationProvider {

    private final AuthenticationProvider delegate;

    OwnTokensIntrospection(AuthenticationProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication result = delegate.authenticate(authentication);
        if (!(result instanceof OAuth2TokenIntrospectionAuthenticationToken introspection)
            || !introspection.getTokenClaims().isActive()) {
            return result;
        }
        String caller = introspection.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                        && client.getRegisteredClient() != null ? client.getRegisteredClient().getClientId() : null;
        if (caller != null && caller.equals(introspection.getTokenClaims().getClientId())) {
            return result;
        }
        return new OAuth2TokenIntrospectionAuthenticationToken(introspection.getToken(),
                                                               (Authentication) introspection.getPrincipal(),
                                                               OAuth2TokenIntrospection.builder().build());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
