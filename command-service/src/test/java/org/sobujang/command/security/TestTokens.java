package org.sobujang.command.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Mints RS256 bearer tokens for HTTP tests with a key made for this JVM, and the decoder that trusts only that key.
 * Tokens have the claims of docs/security.md: {@code sub}, {@code client_id}, {@code firm_id}, {@code roles}.
 */
public final class TestTokens {

    private static final RSAKey KEY = generate("test-key");
    private static final RSAKey OTHER_KEY = generate("untrusted-key");

    private TestTokens() {
    }

    /** The decoder a test context uses instead of one built from an issuer; it checks signature and expiry. */
    public static JwtDecoder decoder() {
        try {
            return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token of a client acting for the firm (null: no firm claim) with the roles. */
    public static String token(String firmId, String... roles) {
        return sign(KEY, claims(firmId, Instant.now().plusSeconds(3600), roles));
    }

    public static String steward() {
        return token(null, Roles.STEWARD);
    }

    public static String admin() {
        return token(null, Roles.ADMIN);
    }

    public static String analyst() {
        return token(null, Roles.ANALYST);
    }

    public static String procurement(String firmId) {
        return token(firmId, Roles.PROCUREMENT);
    }

    public static String partnership(String firmId) {
        return token(firmId, Roles.PARTNERSHIP);
    }

    /** Expired well beyond the decoder's 60 seconds of clock skew. */
    public static String expired(String firmId, String... roles) {
        return sign(KEY, claims(firmId, Instant.now().minusSeconds(600), roles));
    }

    /** Well formed and unexpired, but signed by a key the service does not trust. */
    public static String signedByAnotherKey(String firmId, String... roles) {
        return sign(OTHER_KEY, claims(firmId, Instant.now().plusSeconds(3600), roles));
    }

    private static JWTClaimsSet claims(String firmId, Instant expiry, String... roles) {
        String clientId = "client-" + (firmId == null ? String.join("-", roles).toLowerCase() : firmId);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(clientId)
                .claim("client_id", clientId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(java.util.Date.from(expiry.minusSeconds(3600)))
                .expirationTime(java.util.Date.from(expiry))
                .claim("roles", List.of(roles));
        if (firmId != null) {
            claims.claim("firm_id", firmId);
        }
        return claims.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                                          claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
