package org.sobujang.query.security;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import graphql.schema.DataFetchingEnvironment;

/**
 * Resolves a {@link Caller} argument of a GraphQL controller method. Spring for GraphQL restores the request's
 * security context around every data fetcher (context propagation), also after the execution moved threads.
 * Without an authentication the filter chain has already answered 401; failing here keeps it closed regardless.
 */
@Component
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final QuerySecurityProperties properties;

    CallerArgumentResolver(QuerySecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
            || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("Not authenticated");
        }
        return Caller.of(authentication, properties);
    }
}
