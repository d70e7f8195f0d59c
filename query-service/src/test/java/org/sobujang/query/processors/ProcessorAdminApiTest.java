package org.sobujang.query.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.firm.FirmRegistered;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.query.EventFeed;
import org.sobujang.query.InMemoryEventStore;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.TestSecurity;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.positions.EventPositions;
import org.sobujang.query.positions.NodeIdentity;
import org.sobujang.query.positions.StoredTokens;
import org.sobujang.query.positions.TokenPositions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The operations surface over HTTP: admin endpoints, the readiness probe and the lag gauge. */
// closed after the class: its processors would otherwise poll the closed store until the JVM exits
@DirtiesContext
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "sobujang.projections.max-ready-lag=3"})
@AutoConfigureMockMvc
@Import({InMemoryEventStore.class, TestSecurity.class})
class ProcessorAdminApiTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final Duration SETTLE = Duration.ofSeconds(20);

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

    private static EventFeed feed;

    @Autowired
    private WebApplicationContext context;
    private MockMvc mvc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private StoredTokens storedTokens;
    @Autowired
    private EventPositions eventPositions;
    @Autowired
    private NodeIdentity node;

    @BeforeEach
    void feedTwoFirmsOnce() {
        // Operating the projections is ADMIN's (docs/security.md); SecurityHttpTest shows everyone else refused.
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                             .defaultRequest(get("/").with(jwt().jwt(j -> j.claim("client_id", "ops"))
                                                              .authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                             .build();
        if (feed == null) {
            feed = new EventFeed(eventStore);
            firm("samsung", "Samsung Electronics");
            firm("tok", "Tokyo Ohka Kogyo");
        }
        await().atMost(SETTLE).untilAsserted(() -> {
            assertThat(mongo.count(new Query(), FirmDocument.COLLECTION)).isEqualTo(2 + extraFirms);
            mvc.perform(get("/admin/processors")).andExpect(jsonPath("$[*].segments[*]", hasSize(16)));
        });
    }

    private static int extraFirms;

    private void firm(String id, String name) {
        feed.append(AggregateIds.firm(id), new FirmRegistered(id, name, "KR", FirmSize.LARGE, null));
    }

    @Test
    void everyProcessorIsListedWithTheSegmentsItHoldsHere() throws Exception {
        mvc.perform(get("/admin/processors"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$[*].name").value(contains("components", "coreitems", "firms",
                   "history", "indexes", "partnerships", "sourcing", "trade")))
           .andExpect(jsonPath("$[?(@.name == 'firms')].running").value(contains(true)))
           .andExpect(jsonPath("$[?(@.name == 'firms')].replaying").value(contains(false)))
           .andExpect(jsonPath("$[?(@.name == 'firms')].segmentCount").value(contains(2)))
           .andExpect(jsonPath("$[?(@.name == 'firms')].segments[*].segment")
                   .value(contains(0, 1)))
           .andExpect(jsonPath("$[?(@.name == 'firms')].segments[*].position")
                   .value(everyItem(greaterThanOrEqualTo(2))));
    }

    @Test
    void theInstanceBeatsItsHeartbeatOnSchedule() {
        await().atMost(SETTLE).untilAsserted(() -> assertThat(mongo.findAll(Document.class, NodeRegistry.COLLECTION))
                .singleElement().satisfies(node -> assertThat(node.get("_id")).isEqualTo(this.node.id())));
    }

    @Test
    void anUnknownProcessorIsANotFoundProblem() throws Exception {
        for (String action : new String[]{"reset", "stop", "start"}) {
            mvc.perform(post("/admin/processors/nothing/" + action))
               .andExpect(status().isNotFound())
               .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
               .andExpect(jsonPath("$.status", is(404)))
               .andExpect(jsonPath("$.title", is("Unknown processor")))
               .andExpect(jsonPath("$.detail", containsString("'nothing'")));
        }
    }

    @Test
    void aStoppedProcessorHoldsNothingAndResumesWhenStarted() throws Exception {
        mvc.perform(post("/admin/processors/partnerships/stop"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.running", is(false)))
           .andExpect(jsonPath("$.segments", hasSize(0)));

        mvc.perform(post("/admin/processors/partnerships/start"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.running", is(true)));
        await().atMost(SETTLE).untilAsserted(() -> mvc.perform(get("/admin/processors"))
                .andExpect(jsonPath("$[?(@.name == 'partnerships')].segments[*]", hasSize(2))));
    }

    @Test
    void aResetClearsTheReadModelAndReplaysIt() throws Exception {
        mongo.insert(new Document("_id", "stray").append("name", "left over"), FirmDocument.COLLECTION);

        mvc.perform(post("/admin/processors/firms/reset"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.name", is("firms")))
           .andExpect(jsonPath("$.running", is(true)));

        await().atMost(SETTLE).untilAsserted(() -> assertThat(
                mongo.findAll(Document.class, FirmDocument.COLLECTION)).extracting(d -> d.get("_id"))
                     .contains("samsung", "tok").doesNotContain("stray").hasSize(2 + extraFirms));
    }

    @Test
    void aResetWhileAnotherInstanceClaimsASegmentIsAConflict() throws Exception {
        mvc.perform(post("/admin/processors/trade/stop")).andExpect(status().isOk());
        Query segmentOne = Query.query(Criteria.where("processorName").is("trade").and("segment").is(1));
        mongo.updateFirst(segmentOne, Update.update("owner", "peer-instance")
                                            .set("timestamp", Instant.now().toEpochMilli()), StoredTokens.COLLECTION);
        try {
            mvc.perform(post("/admin/processors/trade/reset"))
               .andExpect(status().isConflict())
               .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
               .andExpect(jsonPath("$.status", is(409)))
               .andExpect(jsonPath("$.detail", containsString("'peer-instance'")))
               .andExpect(jsonPath("$.detail", containsString("Stop the processor there first")));
            // Nothing was reset: the processor stays as it was, stopped.
            mvc.perform(get("/admin/processors"))
               .andExpect(jsonPath("$[?(@.name == 'trade')].running").value(contains(false)));
        } finally {
            mongo.updateFirst(segmentOne, Update.update("owner", null), StoredTokens.COLLECTION);
            mvc.perform(post("/admin/processors/trade/start")).andExpect(status().isOk());
        }
    }

    @Test
    void readinessAndTheLagGaugeFollowTheSlowestProjection() throws Exception {
        await().atMost(SETTLE).untilAsserted(() -> readiness()
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("UP")))
                .andExpect(jsonPath("$.components.projections.details.processors.firms.lag", is(0))));
        mvc.perform(get("/actuator/metrics/sobujang.projection.lag").param("tag", "processor:history"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.measurements[0].value", is(0.0)));

        // Stored tokens are what a stopped processor leaves behind; let them reach the head first.
        await().atMost(SETTLE).until(() -> storedTokens.all().get("history").stream()
                .allMatch(t -> TokenPositions.position(t.token()) == eventPositions.head().orElseThrow()));
        mvc.perform(post("/admin/processors/history/stop")).andExpect(status().isOk());
        try {
            for (int i = 0; i < 4; i++) {
                firm("lagging-" + i, "Lagging " + i);
                extraFirms++;
            }
            await().atMost(SETTLE).untilAsserted(() -> readiness()
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status", is("OUT_OF_SERVICE")))
                    .andExpect(jsonPath("$.components.projections.details.processors.history.lag", is(4)))
                    .andExpect(jsonPath("$.components.projections.details.processors.firms.lag", is(0))));
            mvc.perform(get("/actuator/metrics/sobujang.projection.lag").param("tag", "processor:history"))
               .andExpect(jsonPath("$.measurements[0].value", is(4.0)));
        } finally {
            mvc.perform(post("/admin/processors/history/start")).andExpect(status().isOk());
        }
        await().atMost(SETTLE).untilAsserted(() -> readiness().andExpect(status().isOk()));
    }

    private ResultActions readiness() throws Exception {
        return mvc.perform(get("/actuator/health/readiness"));
    }
}
