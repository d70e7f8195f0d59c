package org.sobujang.standalone;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Access tokens from the embedded authorization server, by the client-credentials grant, as a client gets them. */
final class Tokens {

    static final String SECRET = "demo-secret";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    static String of(int port, String client) {
        return CACHE.computeIfAbsent(port + "/" + client, k -> fetch(port, client));
    }

    private static String fetch(int port, String client) {
        Map<?, ?> answer = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                                        .responseTimeout(Duration.ofSeconds(30)).build()
                                        .post().uri("/oauth2/token")
                                        .headers(h -> h.setBasicAuth(client, SECRET))
                                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                        .body(BodyInserters.fromFormData("grant_type", "client_credentials"))
                                        .exchange()
                                        .expectStatus().isOk()
                                        .expectBody(Map.class).returnResult().getResponseBody();
        return (String) answer.get("access_token");
    }
}
