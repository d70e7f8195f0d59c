package org.sobujang.standalone.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.sobujang.standalone.EmbeddedStores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embedded default issues its own tokens: Spring Authorization Server on the same port, client-credentials
 * grant, clients from configuration. Tokens carry the client's firm and roles as claims, and are signed with a key
 * kept under the data directory so they stay valid across a restart. The services' resource-server filter chains
 * verify them in-process with {@link #jwtDecoder}.
 */
@Configuration
@EnableConfigurationProperties(SecurityClients.class)
public class EmbeddedAuthorizationServer {

    private static final String FIRM_SETTING = "sobujang.firm-id";
    private static final String ROLES_SETTING = "sobujang.roles";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
            // OpenID Connect on: /.well-known/openid-configuration is the discovery document OIDC clients look for
            .with(server, configurer -> configurer
                    .oidc(Customizer.withDefaults())
                    .tokenIntrospectionEndpoint(introspection -> introspection.authenticationProviders(
                            providers -> providers.replaceAll(OwnTokensIntrospection::new))))
            .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
            // the OIDC user-info endpoint takes this server's own access tokens
            .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(SecurityClients settings,
                                                 @Value("${sobujang.security.token-ttl:PT1H}") Duration ttl) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<RegisteredClient> clients = settings.getClients().stream().map(c -> {
            if (c.getClientId() == null || c.getSecret() == null || c.getRoles().isEmpty()) {
                throw new IllegalStateException("sobujang.security.clients: every client needs a client-id, a secret "
                        + "and at least one role (" + c.getClientId() + ")");
            }
            return RegisteredClient.withId(UUID.nameUUIDFromBytes(c.getClientId().getBytes()).toString())
                                   .clientId(c.getClientId())
                                   .clientSecret(encoder.encode(c.getSecret()))
                                   .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                                   .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                                   .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                                   .clientSettings(ClientSettings.builder()
                                                                 .setting(FIRM_SETTING, c.getFirmId() == null ? "" : c.getFirmId())
                                                                 .setting(ROLES_SETTING, List.copyOf(c.getRoles()))
                                                                 .build())
                                   .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ttl).build())
                                   .build();
        }).toList();
        if (clients.isEmpty()) {
            throw new IllegalStateException("sobujang.security.clients is empty: no one could obtain a token");
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** The claims the services authorize by: the client's firm and roles. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> firmAndRolesClaims(
            @Value("${sobujang.security.firm-claim:firm_id}") String firmClaim,
            @Value("${sobujang.security.roles-claim:roles}") String rolesClaim) {
        return context -> {
            ClientSettings client = context.getRegisteredClient().getClientSettings();
            String firm = client.getSetting(FIRM_SETTING);
            if (firm != null && !firm.isEmpty()) {
                context.getClaims().claim(firmClaim, firm);
            }
            List<String> roles = client.getSetting(ROLES_SETTING);
            context.getClaims().claim(rolesClaim, roles);
            context.getClaims().claim("client_id", context.getRegisteredClient().getClientId());
        };
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(EmbeddedStores.Settings stores) throws IOException, ParseException {
        Path file = stores.getDataDir().toAbsolutePath().resolve("jwk.json");
        RSAKey key;
        if (Files.exists(file)) {
            key = JWKSet.parse(Files.readString(file)).getKeys().get(0).toRSAKey();
        } else {
            KeyPair pair = rsaKeyPair();
            key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "jwk", ".tmp");
            restrictToOwner(partial);
            Files.writeString(partial, new JWKSet(key).toString(false));
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /**
     * The services' decoder in this process: a token is accepted only if this server issued it ({@code iss}), it has
     * an expiry ({@code exp}) and it is within its lifetime.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, AuthorizationServerSettings settings) {
        String issuer = settings.getIssuer();
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
        return decoder;
    }

    /**
     * The issuer is configuration ({@code sobujang.security.issuer}), never taken from a request's Host header: the
     * discovery document and every token name the same issuer whoever asks.
     */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${sobujang.security.issuer:}") String issuer,
                                                            @Value("${server.port:8080}") int port) {
        if (issuer.isBlank() && port == 0) {
            throw new IllegalStateException("server.port=0 names no port for the token issuer: set "
                                            + "sobujang.security.issuer to the address clients reach this process at");
        }
        return AuthorizationServerSettings.builder()
                                          .issuer(issuer.isBlank() ? "http://localhost:" + port : issuer).build();
    }

    /** The file holds the private signing key. */
    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
