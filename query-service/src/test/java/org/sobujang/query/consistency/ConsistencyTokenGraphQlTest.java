package org.sobujang.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.firm.FirmRegistered;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.query.EventFeed;
import org.sobujang.query.InMemoryEventStore;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.TestSecurity;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Read-your-writes over HTTP: a query carrying a consistency token runs once every projection has its event. */
// closed after the class: its processors would otherwise poll the closed store until the JVM exits
@DirtiesContext
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "sobujang.consistency.timeout=3s"})
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import({InMemoryEventStore.class, TestSecurity.class})
class ConsistencyTokenGraphQlTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final String FIRM = "query firm($id: ID!) { firm(id: $id) { name } }";

    @DynamicPropertySource
    static void readStore(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
    }

    /**
     * The store closes with the context (@DirtiesContext, after the class), as its last bean: the processors stop
     * while it still answers, instead of retrying against a closed store.
     */
    @TestConfiguration
    static class StoreClosesLast {
        @Bean
        DisposableBean closeReadStore() {
            return MONGO::close;
        }
    }

    @Autowired
    private HttpGraphQlTester graphQl;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;

    private EventFeed feed;

    @BeforeEach
    void feed() {
        // Firm master data: any authenticated client may read it.
        graphQl = TestSecurity.as(graphQl, "steward", null, "STEWARD");
        feed = new EventFeed(eventStore);
    }

    @Test
    void aTokenThatIsNoEventIsABadRequest() {
        assertNoDataAndClassified(withHeader("no-such-event").document(FIRM).variable("id", "x").execute(),
                "BAD_REQUEST");
        assertNoDataAndClassified(withHeader("  ").document(FIRM).variable("id", "x").execute(), "BAD_REQUEST");
    }

    @Test
    void anEventAllProjectionsHaveAppliedAnswersAtOnce() {
        String token = register("applied", "Applied Materials");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> assertThat(
                graphQl.document(FIRM).variable("id", "applied").execute().path("firm.name").entity(String.class)
                       .get()).isEqualTo("Applied Materials"));
        await().atMost(Duration.ofSeconds(20)).until(() -> allProjectionsHave(token));

        long started = System.nanoTime();
        withHeader(token).document(FIRM).variable("id", "applied").execute()
                         .path("firm.name").entity(String.class).isEqualTo("Applied Materials");
        graphQl.document(FIRM).variable("id", "applied").extension(ConsistencyTokenInterceptor.EXTENSION, token)
               .execute().path("firm.name").entity(String.class).isEqualTo("Applied Materials");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aQueryWaitsUntilTheProjectionsHaveTheEvent() throws Exception {
        StreamingEventProcessor firms = processor("firms");
        firms.shutDown();
        try {
            String token = register("dongjin", "Dongjin Semichem");
            CompletableFuture<GraphQlTester.Response> query = CompletableFuture.supplyAsync(
                    () -> withHeader(token).document(FIRM).variable("id", "dongjin").execute());
            // still waiting for the stopped projection, the whole time
            org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(500))
                                     .atMost(java.time.Duration.ofSeconds(2))
                                     .until(() -> !query.isDone());
            firms.start();
            query.get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)
                 .path("firm.name").entity(String.class).isEqualTo("Dongjin Semichem");
        } finally {
            firms.start();
        }
    }

    @Test
    void aProjectionThatDoesNotCatchUpInTimeIsAConsistencyTimeout() {
        StreamingEventProcessor history = processor("history");
        history.shutDown();
        try {
            String token = register("soulbrain", "Soulbrain");
            long started = System.nanoTime();
            GraphQlTester.Response response = withHeader(token).document(FIRM).variable("id", "soulbrain").execute();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(TIMEOUT);
            assertNoDataAndClassified(response, "CONSISTENCY_TIMEOUT");
        } finally {
            history.start();
        }
    }

    private boolean allProjectionsHave(String token) {
        return !withHeader(token).document(FIRM).variable("id", "applied").execute().returnResponse()
                                 .getErrors().stream().findAny().isPresent();
    }

    private String register(String id, String name) {
        feed.append(AggregateIds.firm(id), new FirmRegistered(id, name, "KR", FirmSize.MIDSIZE, null));
        return feed.lastEventId();
    }

    private HttpGraphQlTester withHeader(String token) {
        return graphQl.mutate().header(ConsistencyTokenInterceptor.HEADER, token).build();
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    private static void assertNoDataAndClassified(GraphQlTester.Response response, String classification) {
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            ResponseError error = errors.get(0);
            assertThat(error.getExtensions()).containsEntry("classification", classification);
            assertThat(error.getMessage()).doesNotContain("Exception");
        });
        assertThat(response.returnResponse().isValid()).as("the query did not run: no data").isFalse();
        assertThat(response.returnResponse().toMap()).doesNotContainKey("data");
    }
}
