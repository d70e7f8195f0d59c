package org.sobujang.command.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Maps the roles claim to {@code ROLE_<name>} authorities and names the authentication after the client
 * ({@code client_id}, else {@code sub}). Public and not a bean, so a launcher that builds its own filter chain can
 * reuse it without two converter beans competing.
 */
public final class RolesJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String CLIENT_ID = "client_id";

    private final String rolesClaim;

    public RolesJwtAuthenticationConverter(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt), clientId(jwt));
    }

    private static String clientId(Jwt jwt) {
        Object clientId = jwt.getClaims().get(CLIENT_ID);
        return clientId instanceof String text && !text.isBlank() ? text : jwt.getSubject();
    }

    /** A list of names, or one string of names separated by spaces or commas (as some issuers write scopes). */
    private Collection<GrantedAuthority> authorities(Jwt jwt) {
        Object claim = jwt.getClaims().get(rolesClaim);
        List<String> names = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(item -> {
                if (item instanceof String name) {
                    names.add(name);
                }
            });
        } else if (claim instanceof String text) {
            names.addAll(List.of(text.split("[\\s,]+")));
        }
        return names.stream()
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .<GrantedAuthority>map(name -> new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + name))
                    .distinct()
                    .toList();
    }
}
