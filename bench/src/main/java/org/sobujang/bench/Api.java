package org.sobujang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bench's HTTP client: loopback only, exactly what a client sends; commands go to the command side, GraphQL and
 * the processors' admin endpoints to the query side (one base URL for both in the embedded default). Bearer tokens
 * are fetched from the authorization server when {@code POST /oauth2/token} exists (any answer but 404) and sent on
 * every request; when it does not exist (before authentication landed) no token is sent, so one bench measures both
 * states of the product.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    record Response(int status, String body, HttpResponse<String> raw) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private record Token(String value, long expiresAtNanos) {
    }

    private final String commandBase;
    private final String queryBase;
    private final String tokenBase;
    private final HttpClient http;
    private final boolean authEnabled;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /** Commands to {@code commandBase}, GraphQL and {@code /admin} to {@code queryBase}, tokens from {@code tokenBase}. */
    Api(String commandBase, String queryBase, String tokenBase) {
        this.commandBase = commandBase;
        this.queryBase = queryBase;
        this.tokenBase = tokenBase;
        // HTTP/1.1: the embedded Tomcat speaks no h2c, and an upgrade attempt on every request would be measured too.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                              .connectTimeout(Duration.ofSeconds(5)).build();
        this.authEnabled = probeAuth();
    }

    boolean authEnabled() {
        return authEnabled;
    }

    private boolean probeAuth() {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(tokenBase + "/oauth2/token")).timeout(TIMEOUT)
                                       .header("Content-Type", "application/x-www-form-urlencoded")
                                       .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                       .build();
        return send(probe).status() != 404;
    }

    /** The bearer header value for a configured client, or null when the product has no authentication. */
    private String bearer(Clients.Client client) {
        if (!authEnabled || client == null) {
            return null;
        }
        Token token = tokens.get(client.id());
        if (token == null || System.nanoTime() > token.expiresAtNanos()) {
            // one fetch per client however many threads find it missing: a token costs the server a BCrypt check
            token = tokens.compute(client.id(), (id, current) ->
                    current == null || System.nanoTime() > current.expiresAtNanos() ? fetchToken(client) : current);
        }
        return "Bearer " + token.value();
    }

    /** Fetches every client's token now, so that no measured window pays for one. */
    void prefetchTokens(Iterable<Clients.Client> clients) {
        for (Clients.Client client : clients) {
            bearer(client);
        }
    }

    private Token fetchToken(Clients.Client client) {
        String basic = Base64.getEncoder().encodeToString(
                (enc(client.id()) + ":" + enc(client.secret())).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenBase + "/oauth2/token")).timeout(TIMEOUT)
                                         .header("Authorization", "Basic " + basic)
                                         .header("Content-Type", "application/x-www-form-urlencoded")
                                         .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                         .build();
        Response response = send(request);
        if (!response.ok()) {
            throw new IllegalStateException("token for " + client.id() + ": " + response.status() + " " + response.body());
        }
        JsonNode json = response.json();
        long expiresIn = json.path("expires_in").asLong(300);
        // renew a little before expiry, so no measured request carries an expired token
        long renewAt = System.nanoTime() + Duration.ofSeconds(Math.max(1, expiresIn - 30)).toNanos();
        return new Token(json.get("access_token").asText(), renewAt);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    Response postJson(Clients.Client as, String path, Object body) {
        return postJson(as, path, body, Map.of());
    }

    Response postJson(Clients.Client as, String path, Object body, Map<String, String> headers) {
        try {
            String json = body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder b = request(as, path).header("Content-Type", "application/json")
                                                     .POST(HttpRequest.BodyPublishers.ofString(json));
            headers.forEach(b::header);
            return send(b.build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Response postBytes(Clients.Client as, String path, String contentType, byte[] body) {
        return send(request(as, path).header("Content-Type", contentType)
                                     .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Response get(Clients.Client as, String path) {
        return send(request(as, path).GET().build());
    }

    /** A GraphQL request; with a consistency token the answer waits until the projections include that event. */
    Response graphql(Clients.Client as, String query, String consistencyToken) {
        Map<String, String> headers = consistencyToken == null ? Map.of()
                : Map.of("X-Consistency-Token", consistencyToken);
        return postJson(as, "/graphql", Map.of("query", query), headers);
    }

    /** 2xx and no GraphQL errors. */
    static boolean graphqlOk(Response r) {
        return r.ok() && !r.body().contains("\"errors\"");
    }

    /** A GET to a given service, e.g. one of its actuator endpoints. */
    Response getFrom(String base, Clients.Client as, String path) {
        return send(request(as, base, path).GET().build());
    }

    private HttpRequest.Builder request(Clients.Client as, String path) {
        boolean query = path.startsWith("/graphql") || path.startsWith("/admin");
        return request(as, query ? queryBase : commandBase, path);
    }

    private HttpRequest.Builder request(Clients.Client as, String base, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        String bearer = bearer(as);
        if (bearer != null) {
            b.header("Authorization", bearer);
        }
        return b;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
