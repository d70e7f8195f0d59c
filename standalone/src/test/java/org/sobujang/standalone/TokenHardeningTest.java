package org.sobujang.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The embedded authorization server and the services' token checks: the issuer is configuration (never a request's
 * Host), a token must name that issuer and carry an expiry, and introspection tells a client about its own tokens
 * only.
 */
class TokenHardeningTest extends StandaloneStack {

    @Test
    void theDiscoveryDocumentNamesTheConfiguredIssuerWhateverTheHost() {
        Map<?, ?> discovery = anonymous().get().uri("/.well-known/openid-configuration")
                                         .header("Host", "attacker.example:666").exchange()
                                         .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(discovery.get("issuer")).isEqualTo(issuer());
        assertThat(discovery.get("token_endpoint").toString()).startsWith(issuer()).doesNotContain("attacker");
    }

    @Test
    void tokensWithoutExpiryOrFromAnotherIssuerAreRefused() throws Exception {
        // signed with the server's own key: only the claims are wrong
        String withoutExpiry = sign(claims().issuer(issuer()).build());
        String otherIssuer = sign(claims().issuer("http://elsewhere.example").expirationTime(inAnHour()).build());
        String withoutIssuer = sign(claims().expirationTime(inAnHour()).build());
        String good = sign(claims().issuer(issuer()).expirationTime(inAnHour()).build());
        for (String token : List.of(withoutExpiry, otherIssuer, withoutIssuer)) {
            bearer(token).get().uri("/api/v1/imports/none").exchange().expectStatus().isUnauthorized();
            graphQlStatus(token, HttpStatus.UNAUTHORIZED);
        }
        // the same claims with iss and exp are accepted (403: a steward-only path for a procurement client)
        bearer(good).get().uri("/api/v1/imports/none").exchange().expectStatus().isForbidden();
        graphQlStatus(good, HttpStatus.OK);
    }

    @Test
    void introspectionAnswersAClientAboutItsOwnTokensOnly() {
        String samsungToken = Tokens.of(port, "samsung-procurement");
        Map<?, ?> own = introspect("samsung-procurement", samsungToken);
        assertThat(own.get("active")).isEqualTo(true);
        assertThat(own.get("client_id")).isEqualTo("samsung-procurement");
        Map<?, ?> foreign = introspect("sk-hynix-procurement", samsungToken);
        assertThat((Map<Object, Object>) foreign).isEqualTo(Map.of("active", false));
        assertThat(introspect("sk-hynix-procurement", "not-a-token")).isEqualTo(foreign);
    }

    private org.springframework.test.web.reactive.server.WebTestClient bearer(String token) {
        return anonymous().mutate().defaultHeader("Authorization", "Bearer " + token).build();
    }

    private Map<?, ?> introspect(String client, String token) {
        return anonymous().post().uri("/oauth2/introspect").headers(h -> h.setBasicAuth(client, "demo-secret"))
                          .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                          .body(BodyInserters.fromFormData("token", token)).exchange()
                          .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private void graphQlStatus(String token, HttpStatus status) {
        bearer(token).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                     .bodyValue(Map.of("query", "{ firm(id: \"soulbrain\") { name } }")).exchange()
                     .expectStatus().isEqualTo(status);
    }

    private String issuer() {
        return "http://localhost:" + port;
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().subject("forged").claim("client_id", "forged")
                                         .claim("roles", List.of("PROCUREMENT")).claim("firm_id", "samsung-electronics");
    }

    private static Date inAnHour() {
        return Date.from(Instant.now().plusSeconds(3600));
    }

    private String sign(JWTClaimsSet claims) throws Exception {
        RSAKey key = JWKSet.parse(Files.readString(DATA_DIR.resolve("jwk.json"))).getKeys().get(0).toRSAKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
