package org.sobujang.query.security;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The query side as an OAuth2 resource server (docs/security.md): JWT bearer tokens, checked by the JwtDecoder Spring
 * Boot builds from {@code spring.security.oauth2.resourceserver.jwt.*} (the embedded launcher supplies its own).
 * Health probes are open, operations (admin, other actuator endpoints) are ADMIN's, everything else, /graphql
 * included, needs some authenticated client; which client may ask what is {@link AccessPolicy}'s business.
 */
@Configuration
@EnableConfigurationProperties(QuerySecurityProperties.class)
public class SecurityConfiguration {

    /** After the command side's chain, which the embedded default narrows to {@code /api/**}; this one takes the rest. */
    /** A token without {@code exp} would be valid for ever: refused (Spring Boot adds this to its decoder). */
    @Bean
    OAuth2TokenValidator<Jwt> queryTokensExpire() {
        return new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
    }

    @Bean
    @Order(20)
    SecurityFilterChain querySecurityFilterChain(HttpSecurity http, JwtAuthenticationConverter jwtConverter,
                                                 ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = problemEntryPoint(json);
        AccessDeniedHandler forbidden = problemAccessDenied(json);
        http.csrf(AbstractHttpConfigurer::disable)
            // Bearer tokens on every request: no session, no cookie, so nothing for CSRF to ride on.
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(c -> c.disable())
            .formLogin(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .authorizeHttpRequests(a -> a
                    .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                    // the GraphiQL page holds no data (its queries need a token); it is off unless enabled
                    .requestMatchers("/graphiql", "/graphiql/**").permitAll()
                    .requestMatchers("/admin/**", "/actuator", "/actuator/**").hasRole(Caller.ADMIN)
                    .anyRequest().authenticated())
            .oauth2ResourceServer(o -> o
                    .jwt(j -> j.jwtAuthenticationConverter(jwtConverter))
                    .authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(forbidden))
            .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
            .headers(Customizer.withDefaults());
        return http.build();
    }

    /** Roles claim → {@code ROLE_<name>}; the claim may be a list or a space-separated string. */
    @Bean
    JwtAuthenticationConverter queryJwtAuthenticationConverter(QuerySecurityProperties properties) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(properties.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /** 401 with the standard WWW-Authenticate challenge, and an RFC 9457 body. */
    private static AuthenticationEntryPoint problemEntryPoint(ObjectMapper json) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            challenge.commence(request, response, e);
            problem(json, request, response, HttpStatus.UNAUTHORIZED,
                    "A valid bearer token is required");
        };
    }

    private static AccessDeniedHandler problemAccessDenied(ObjectMapper json) {
        BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();
        return (request, response, e) -> {
            challenge.handle(request, response, e);
            problem(json, request, response, HttpStatus.FORBIDDEN, "This client may not use this endpoint");
        };
    }

    static void problem(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
                        HttpStatus status, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        // Fixed text only: nothing from the token or the exception reaches the client.
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
