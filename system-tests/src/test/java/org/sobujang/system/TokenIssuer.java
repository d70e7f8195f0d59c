package org.sobujang.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * The split topology trusts the issuer named by {@code SOBUJANG_JWT_ISSUER} whose keys are published at
 * {@code SOBUJANG_JWK_SET_URI}; in these tests that is this small issuer on loopback, which signs tokens with the
 * claims the services read ({@code iss}, {@code exp}, {@code firm_id}, {@code roles}).
 */
final class TokenIssuer implements AutoCloseable {

    private final RSAKey key;
    private final HttpServer server;

    TokenIssuer() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("system-tests").generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
    }

    String jwkSetUri() {
        return issuer() + "/jwks";
    }

    /** What the services must be told to expect in {@code iss} ({@code SOBUJANG_JWT_ISSUER}). */
    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String token(String firmId, String... roles) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("system-tests")
                .claim("client_id", "system-tests")
                .claim("roles", List.of(roles))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)));
        if (firmId != null) {
            claims.claim("firm_id", firmId);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                                      claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    String steward() {
        return token(null, "STEWARD");
    }

    String procurement(String firmId) {
        return token(firmId, "PROCUREMENT");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
