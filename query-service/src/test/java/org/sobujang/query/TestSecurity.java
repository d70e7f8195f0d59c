package org.sobujang.query;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A JwtDecoder for a key only the tests hold, in place of the configured issuer's, and real signed tokens for it:
 * GraphQL tests go through the whole resource-server path (bearer header, signature, claims → authorities).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurity {

    static final KeyPair KEYS = rsa();
    /** Signed by a key the decoder does not trust. */
    static final KeyPair FORGER = rsa();

    @Bean
    JwtDecoder testJwtDecoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
    }

    /** A token for client {@code client} of firm {@code firm} (null: none) with the roles. */
    public static String token(String client, String firm, String... roles) {
        return sign(KEYS, client, firm, Instant.now().plusSeconds(3600), roles);
    }

    public static String forgedToken(String client, String firm, String... roles) {
        return sign(FORGER, client, firm, Instant.now().plusSeconds(3600), roles);
    }

    public static String expiredToken(String client, String firm, String... roles) {
        return sign(KEYS, client, firm, Instant.now().minusSeconds(3600), roles);
    }

    public static HttpGraphQlTester as(HttpGraphQlTester tester, String client, String firm, String... roles) {
        return tester.mutate().header("Authorization", "Bearer " + token(client, firm, roles)).build();
    }

    private static String sign(KeyPair keys, String client, String firm, Instant expiresAt, String... roles) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate()).keyID("test").build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(client).claim("client_id", client)
                .issuedAt(expiresAt.minusSeconds(7200)).expiresAt(expiresAt)
                .claim("roles", List.of(roles));
        if (firm != null) {
            claims.claim("firm_id", firm);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
