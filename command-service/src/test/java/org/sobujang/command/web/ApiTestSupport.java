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

/**
 * The command service alone, on a real PostgreSQL, driven over HTTP exactly as a client would. All subclasses share
 * one Spring context and one database, so every test makes its own ids.
 */
// A small import limit, so the 413 test does not have to upload 20 MB.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "sobujang.imports.max-size=256KB")
@Import(ApiTestSupport.EmbeddedEventStore.class)
public abstract class ApiTestSupport {

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

    @Autowired
    protected JdbcTemplate jdbc;

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected Response post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                               .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    protected Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    protected String registerFirm(String id, String country, String size) {
        Response response = post("/api/v1/firms", """
                {"id": "%s", "name": "Firm %s", "country": "%s", "size": "%s"}""".formatted(id, id, country, size));
        assertThat(response.status()).isEqualTo(201);
        return id;
    }

    protected Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    protected Response send(HttpRequest.Builder request) {
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
        Response response = post("/api/v1/firms", """
                {"id": "%s", "name": "Firm %s", "country": "KR", "size": "LARGE"}""".formatted(id, id));
        assertThat(response.status()).isEqualTo(201);
        return id;
    }

    protected String registerComponent(String id) {
        Response response = post("/api/v1/components", """
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
