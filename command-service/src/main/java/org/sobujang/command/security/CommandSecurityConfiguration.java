package org.sobujang.command.security;

import java.time.Instant;
import java.util.Objects;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The command service as an OAuth2 resource server. The JwtDecoder is Spring Boot's, built from
 * {@code spring.security.oauth2.resourceserver.jwt.*}, or any JwtDecoder bean a launcher or test provides.
 * Stateless and without CSRF protection: only bearer tokens authenticate, never cookies, so there is no ambient
 * credential a forged cross-site request could use.
 * <p>
 * A launcher that serves the query side in the same context builds one chain for both and switches this one off
 * with {@code sobujang.security.command-chain.enabled=false}; it can reuse {@link CommandAccess},
 * {@link RolesJwtAuthenticationConverter} and {@link SecurityProblems}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "sobujang.security.command-chain", name = "enabled", matchIfMissing = true)
class CommandSecurityConfiguration {

    /**
     * Spring's JWT checks reject an expired token but accept one without {@code exp}, which would then be valid for
     * ever; Spring Boot adds this validator to the decoder it builds (the issuer is checked through
     * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
     */
    @Bean
    OAuth2TokenValidator<Jwt> commandTokensExpire() {
        return new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
    }

    /**
     * Every path of the command service on its own; in the embedded default, where the query side's chain serves the
     * rest of the same port, only {@code sobujang.security.command-paths} ({@code /api/**}). Ordered first so the
     * command rules are the ones that apply to the paths it takes.
     */
    @Bean
    @Order(10)
    SecurityFilterChain commandSecurityFilterChain(HttpSecurity http, CommandAccess access,
                                                   @Value("${sobujang.security.roles-claim:roles}") String rolesClaim,
                                                   @Value("${sobujang.security.command-paths:/**}") String[] paths)
            throws Exception {
        SecurityProblems problems = new SecurityProblems();
        http.securityMatcher(paths)
            .csrf(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesJwtAuthenticationConverter(rolesClaim)))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
            .authorizeHttpRequests(requests -> requests
                    // Error dispatches render the answer of a request that was already authorized (or refused).
                    .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                    .requestMatchers(withDefaults().matcher("/actuator/health"),
                                     withDefaults().matcher("/actuator/health/**")).permitAll()
                    .requestMatchers(withDefaults().matcher("/actuator/**")).hasRole(Roles.ADMIN)
                    .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/v1/firms")).hasRole(Roles.STEWARD)
                    .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/v1/firms/{firmId}/capabilities"),
                                     withDefaults().matcher(HttpMethod.DELETE,
                                                            "/api/v1/firms/{firmId}/capabilities/{componentId}"))
                    .access(access.stewardOrOwnFirm("firmId", Roles.PROCUREMENT, Roles.PARTNERSHIP))
                    .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/v1/components"),
                                     withDefaults().matcher(HttpMethod.POST, "/api/v1/components/**"),
                                     withDefaults().matcher(HttpMethod.POST, "/api/v1/core-item-lists"),
                                     withDefaults().matcher(HttpMethod.POST, "/api/v1/core-item-lists/**"),
                                     withDefaults().matcher(HttpMethod.POST, "/api/v1/imports"))
                    .hasRole(Roles.STEWARD)
                    .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/v1/imports/{importId}"))
                    .hasAnyRole(Roles.STEWARD, Roles.ADMIN)
                    // Any method: a PUT to a buyer's path is a 405 for that buyer's procurement, a 403 for others.
                    .requestMatchers(withDefaults().matcher("/api/v1/buyers/{buyerId}/**"))
                    .access(access.ownFirm("buyerId", Roles.PROCUREMENT))
                    // The parties are in the body; the controller checks them once it has read it.
                    .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/v1/partnerships"))
                    .hasRole(Roles.PARTNERSHIP)
                    .requestMatchers(withDefaults().matcher(HttpMethod.POST,
                                                            "/api/v1/partnerships/{partnershipId}/stages"))
                    .access(access.partyOfPartnership("partnershipId"))
                    // Unknown paths and wrong methods: an authenticated caller learns 404/405, nobody else anything.
                    .anyRequest().authenticated());
        return http.build();
    }

    /** Picked up by Spring Security's WebSecurity: firewall rejections become 400 problem details, not a bare 400. */
    @Bean
    RequestRejectedHandler commandRequestRejectedHandler() {
        return new SecurityProblems();
    }
}
