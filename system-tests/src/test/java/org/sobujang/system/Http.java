package org.sobujang.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A client of the services, exactly as users reach them: JSON over HTTP. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, JsonNode body) {
    }

    private Http() {
    }

    static Response post(String url, String token, Object body) {
        try {
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                               .header("Content-Type", "application/json")
                               .header("Authorization", "Bearer " + token)
                               .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ids of every firm the query service at {@code baseUrl} lists, page by page. */
    static Set<String> firmIds(String baseUrl, String token) {
        Set<String> ids = new HashSet<>();
        String after = null;
        while (true) {
            Map<String, Object> variables = after == null ? Map.of() : Map.of("after", after);
            JsonNode page = graphQl(baseUrl, token, """
                    query($after: String) { firms(first: 100, after: $after) {
                      edges { node { id } } pageInfo { hasNextPage endCursor } } }""", variables).get("firms");
            page.get("edges").forEach(e -> ids.add(e.at("/node/id").asText()));
            if (!page.at("/pageInfo/hasNextPage").asBoolean()) {
                return ids;
            }
            after = page.at("/pageInfo/endCursor").asText();
        }
    }

    /** Posts a GraphQL query and returns its {@code data}, failing on any error. */
    static JsonNode graphQl(String baseUrl, String token, String query, Map<String, Object> variables) {
        Response response = post(baseUrl + "/graphql", token, Map.of("query", query, "variables", variables));
        if (response.status() != 200 || response.body().has("errors")) {
            throw new AssertionError("GraphQL answered " + response.status() + ": " + response.body());
        }
        return response.body().get("data");
    }
}
