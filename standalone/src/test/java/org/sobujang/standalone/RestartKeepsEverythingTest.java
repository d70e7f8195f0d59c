package org.sobujang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Stop and start again on the same data directory: everything recorded is still there and answered the same. */
class RestartKeepsEverythingTest {

    @TempDir
    Path dataDir;

    /** The same port at both starts: tokens name their issuer's address, which a restart keeps. */
    private final int port = FreePorts.next();

    @Test
    void aRestartKeepsEventsReadModelsAndAnswers() {
        long eventsBefore;
        String answerBefore;
        String tokenAtStop;
        try (ConfigurableApplicationContext first = start()) {
            int port = port(first);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                   .until(() -> demoRisk(port).contains("score=18.9"));
            rest(port, "data-steward").post().uri("/api/v1/firms").contentType(MediaType.APPLICATION_JSON)
                      .bodyValue(Map.of("id", "restart-probe", "name", "Restart probe", "country", "KR",
                              "size", "SME"))
                      .exchange().expectStatus().isCreated();
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                   .until(() -> "Restart probe".equals(firmName(port, "restart-probe")));
            eventsBefore = events(first);
            answerBefore = demoRisk(port);
            // A replay from zero would start with the firms projection's reset handler clearing its collection:
            // a document no event wrote can only survive the restart if the projections resume where they were.
            first.getBean(MongoTemplate.class).getCollection("firms")
                 .insertOne(new Document("_id", "restart-sentinel").append("name", "not from an event"));
            tokenAtStop = tokenOf(first);
        }
        assertThat(Files.exists(dataDir.resolve("readstore.mv"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            int port = port(second);
            // answered from the persisted read store at once, and the demo data is not loaded a second time
            assertThat(firmName(port, "restart-probe")).isEqualTo("Restart probe");
            assertThat(demoRisk(port)).isEqualTo(answerBefore);
            assertThat(events(second)).isEqualTo(eventsBefore);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(second.getBean(MongoTemplate.class).getCollection("firms")
                                     .countDocuments(new Document("_id", "restart-sentinel"))).isEqualTo(1));
            // tokens issued before the restart are still accepted: the signing key is kept in the data directory
            // (a procurement token may not read import reports: 403 means the token itself was accepted)
            WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                         .defaultHeader("Authorization", "Bearer " + tokenAtStop).build()
                         .get().uri("/api/v1/imports/none").exchange()
                         .expectStatus().isForbidden();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SobujangTrackerApplication.class)
                .run("--server.port=" + port,
                        "--sobujang.embedded.data-dir=" + dataDir,
                        "--sobujang.embedded.read-store=h2",
                        "--sobujang.demo-data.enabled=true");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String tokenOf(ConfigurableApplicationContext context) {
        return Tokens.of(port(context), "samsung-procurement");
    }

    private static long events(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    /** A fresh token from each run's authorization server: its signing key persists, so either run's would do. */
    private static WebTestClient rest(int port, String client) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                            .defaultHeader("Authorization", "Bearer " + Tokens.of(port, client))
                            .build();
    }

    private static HttpGraphQlTester graphQl(int port) {
        return HttpGraphQlTester.create(rest(port, "samsung-procurement").mutate()
                                                                            .baseUrl("http://localhost:" + port + "/graphql")
                                                                            .build());
    }

    private static String firmName(int port, String id) {
        return graphQl(port).document("query($id: ID!) { firm(id: $id) { name } }").variable("id", id)
                            .execute().path("firm.name").entity(String.class).get();
    }

    private static String demoRisk(int port) {
        return graphQl(port).document("""
                        { dependencyRisk(buyerId: "samsung-electronics", componentId: "hf", asOf: "2020-06-01") {
                            score level factors { name value } } }""")
                            .execute().path("dependencyRisk").entity(Map.class).get().toString();
    }
}
