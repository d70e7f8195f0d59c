package org.sobujang.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.sobujang.command.security.TestTokens;

/**
 * The command service alone, on a real PostgreSQL, driven over HTTP exactly as a client would. All subclasses share
 * one Spring context and one database, so every test makes its own ids.
 */
// A small import limit, so the 413 test does not have to upload 20 MB.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "sobujang.imports.max-size=256KB")
@Import({ApiTestSupport.EmbeddedEventStore.class, ApiTestSupport.TestIssuer.class})
public abstract class ApiTestSupport {

    /** Tokens minted by {@link TestTokens}; Spring Boot's own decoder backs off when this bean exists. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestIssuer {

        @Bean
        JwtDecoder jwtDecoder() {
            return TestTokens.decoder();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class EmbeddedEventStore {

        @Bean(destroyMethod = "close")
        DataSource dataSource() {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(Postgres.INSTANCE.getJdbcUrl("postgres", "postgres"));
            dataSource.setUsername("postgres");
            dataSource.setMaximumPoolSize(12);
            return dataSource;
        }
    }

    /** One PostgreSQL per test JVM: starting it is the slowest part of the suite. */
    private static final class Postgres {

        private static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the library removes the data directory itself
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start", e);
            }
        }
    }

    protected record Response(int status, String contentType, JsonNode body, HttpHeaders headers) {

        public String id() {
            return body.path("id").asText();
        }

        /** The X-Consistency-Token header, or null when the answer has none. */
        public String consistencyToken() {
            return headers.firstValue(CommandResponses.CONSISTENCY_TOKEN).orElse(null);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;

    /** The bearer token requests send unless a test says otherwise: a data steward's, who may register master data. */
    private String bearer = TestTokens.steward();

    /** Sends later requests of this test with this token (null: without an Authorization header). */
    protected void actAs(String token) {
        this.bearer = token;
    }

    @Autowired
    protected JdbcTemplate jdbc;

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected Response post(String path, String json) {
        return postAs(bearer, path, json);
    }

    protected Response postAs(String token, String path, String json) {
        return sendAs(token, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    protected Response get(String path) {
        return getAs(bearer, path);
    }

    /**
     * An import runs on its own thread: waits until its report leaves RUNNING (so no later count of events sees its
     * rows arrive) and returns the report.
     */
    protected JsonNode awaitImportFinished(String importId) {
        return awaitImportFinished(bearer, importId);
    }

    protected JsonNode awaitImportFinished(String token, String importId) {
        return org.awaitility.Awaitility.await("import " + importId).atMost(java.time.Duration.ofSeconds(30))
                                        .pollInterval(java.time.Duration.ofMillis(20))
                                        .until(() -> getAs(token, "/api/v1/imports/" + importId),
                                               r -> r.status() == 200
                                                    && !"RUNNING".equals(r.body().path("status").asText()))
                                        .body();
    }

    protected Response getAs(String token, String path) {
        return sendAs(token, HttpRequest.newBuilder(uri(path)).GET());
    }

    protected String registerFirm(String id, String country, String size) {
        Response response = postAs(TestTokens.steward(), "/api/v1/firms", """
                {"id": "%s", "name": "Firm %s", "country": "%s", "size": "%s"}""".formatted(id, id, country, size));
        assertThat(response.status()).isEqualTo(201);
        return id;
    }

    protected Response delete(String path) {
        return deleteAs(bearer, path);
    }

    protected Response deleteAs(String token, String path) {
        return sendAs(token, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    protected Response send(HttpRequest.Builder request) {
        return sendAs(bearer, request);
    }

    /** Sends the request with the bearer token, or without an Authorization header when the token is null. */
    protected Response sendAs(String token, HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(),
                                response.headers().firstValue("Content-Type").orElse(""),
                                body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body),
                                response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    protected String registerFirm(String id) {
        Response response = postAs(TestTokens.steward(), "/api/v1/firms", """
                {"id": "%s", "name": "Firm %s", "country": "KR", "size": "LARGE"}""".formatted(id, id));
        assertThat(response.status()).isEqualTo(201);
        return id;
    }

    protected String registerComponent(String id) {
        Response response = postAs(TestTokens.steward(), "/api/v1/components", """
                {"id": "%s", "name": "Component %s", "category": "MATERIAL", "hsCode": "370790",
                 "sector": "SEMICONDUCTOR"}""".formatted(id, id));
        assertThat(response.status()).isEqualTo(201);
        return id;
    }

    /** A problem-details answer with the given status, and the field errors of a 400 when any are expected. */
    protected static void assertProblem(Response response, int status) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("title").asText()).isNotBlank();
        assertThat(response.body().has("type")).isTrue();
        assertThat(response.body().path("detail").asText()).isNotBlank();
    }

    protected static void assertFieldError(Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.body().path("errors").findValuesAsText("field")).contains(field);
    }
}
