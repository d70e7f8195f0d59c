package org.sobujang.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole embedded default in-process — embedded PostgreSQL event store, mongo-java-server read store, demo data
 * — driven over HTTP exactly as a client would. Subclasses share one Spring context (and so one PostgreSQL). Metrics
 * are exported as in the product (Spring Boot's tests switch exporters off unless asked).
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = SobujangTrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class StandaloneStack {

    static final Duration PROJECTION_WAIT = Duration.ofSeconds(20);

    static final Path DATA_DIR;
    static final int PORT = FreePorts.next();

    static {
        try {
            DATA_DIR = Files.createTempDirectory("sobujang-it-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        registry.add("sobujang.embedded.data-dir", DATA_DIR::toString);
        // a port known before the context starts: the token issuer's address names it
        registry.add("server.port", () -> PORT);
        registry.add("sobujang.embedded.read-store", () -> "memory");
        registry.add("sobujang.demo-data.enabled", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate eventStore;

    /** Without a token: for what anyone may reach, and to show what no one may. */
    WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                            .build();
    }

    /** As the given client of the embedded authorization server (application.yml's demo clients, or this test's). */
    WebTestClient rest(String client) {
        return anonymous().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.of(port, client))
                          .build();
    }

    HttpGraphQlTester graphQl(String client) {
        return HttpGraphQlTester.create(rest(client).mutate().baseUrl("http://localhost:" + port + "/graphql").build());
    }

    long storedEvents() {
        Long count = eventStore.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        return count == null ? 0 : count;
    }
}
