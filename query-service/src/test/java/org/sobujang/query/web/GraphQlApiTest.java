package org.sobujang.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.component.ControlListEntryAdded;
import org.sobujang.api.component.ExportRestrictionImposed;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.firm.FirmRegistered;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.api.sourcing.SourcingChangeRetracted;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.query.EventFeed;
import org.sobujang.query.InMemoryEventStore;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.TestSecurity;
import org.sobujang.query.sourcing.SourcingReadModel;
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

/**
 * The GraphQL API over HTTP (MockMvc), fed through Axon's event store and the real pooled processors. The event
 * store is in memory: this module's tests need no PostgreSQL.
 */
// closed after the class: its processors would otherwise poll the closed store until the JVM exits
@DirtiesContext
@SpringBootTest(properties = "spring.autoconfigure.exclude="
                             + "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import({InMemoryEventStore.class, TestSecurity.class})
class GraphQlApiTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final String JULY_1 = "2019-07-01";
    private static final String JULY_10 = "2019-07-10";

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

    private static boolean fed;

    @Autowired
    private HttpGraphQlTester graphQl;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private SourcingReadModel sourcing;

    @BeforeEach
    void feedThe2019CaseOnce() {
        // Samsung's purchasing client: these are Samsung's plans (docs/security.md, PROCUREMENT of its own firm).
        graphQl = TestSecurity.as(graphQl, "samsung-purchasing", "samsung", "PROCUREMENT");
        if (fed) {
            return;
        }
        EventFeed feed = new EventFeed(eventStore);
        firm(feed, "samsung", "Samsung Electronics", "KR", FirmSize.LARGE);
        firm(feed, "tok", "Tokyo Ohka Kogyo", "JP", FirmSize.LARGE);
        firm(feed, "jsr", "JSR", "JP", FirmSize.LARGE);
        firm(feed, "dongjin", "Dongjin Semichem", "KR", FirmSize.MIDSIZE);
        firm(feed, "stella", "Stella Chemifa", "JP", FirmSize.MIDSIZE);
        firm(feed, "dofluoride", "Do-Fluoride", "CN", FirmSize.LARGE);
        firm(feed, "formosa", "Formosa Plastics", "TW", FirmSize.LARGE);
        feed.append(AggregateIds.firm("dongjin"), new FirmCapabilityDeclared("dongjin", "pr", 9,
                new BigDecimal("500"), "kg", LocalDate.of(2018, 1, 1)));

        component(feed, "pr", "Photoresist", "370790", Sector.SEMICONDUCTOR, true);
        component(feed, "hf", "Hydrogen fluoride", "281111", Sector.SEMICONDUCTOR, true);
        component(feed, "fpi", "Fluorinated polyimide", "390690", Sector.DISPLAY, false);
        component(feed, "eg", "Etching gas", "281290", Sector.SEMICONDUCTOR, false);
        component(feed, "bm", "Blank mask", "701990", Sector.SEMICONDUCTOR, false);
        feed.append(AggregateIds.component("pr"), new ControlListEntryAdded("pr", "WASSENAAR", "3C002.a.2"));

        feed.append(AggregateIds.sourcingPlan("samsung", "pr"), new SourcingPlanRevised("r1", "samsung", "pr",
                LocalDate.of(2019, 1, 1), List.of(share("tok", "0.60"), share("jsr", "0.32"),
                share("dongjin", "0.08")), new BigDecimal("1200"), "kg", "purchasing records 2018"));
        feed.append(AggregateIds.sourcingPlan("samsung", "hf"),
                change("h1", "hf", "stella", "0.44"), change("h2", "hf", "dofluoride", "0.46"),
                change("h3", "hf", "formosa", "0.10"));
        feed.append(AggregateIds.sourcingPlan("samsung", "fpi"), change("f1", "fpi", "dongjin", "1"));
        feed.append(AggregateIds.sourcingPlan("samsung", "eg"), change("e1", "eg", "dongjin", "1"));
        feed.append(AggregateIds.sourcingPlan("samsung", "bm"), change("b1", "bm", "tok", "1"),
                new SourcingChangeRetracted("b1", "samsung", "bm"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(sourcing.plan("samsung", "bm")).hasValueSatisfying(
                    plan -> assertThat(plan.changes().get("b1").isRetracted()).isTrue());
            assertThat(firmNames(Map.of(), 100)).hasSize(7);
            assertThat(componentIds(Map.of("restricted", true, "asOf", JULY_10))).containsExactly("hf", "pr");
            assertThat(graphQl.document("{ firm(id: \"dongjin\") { capabilities { technologyReadiness } } }")
                              .execute().path("firm.capabilities").entityList(Object.class).get()).hasSize(1);
        });
        fed = true;
    }

    @Test
    void exampleAScores33Point5BeforeTheLicenceAnd79Point5After() {
        GraphQlTester.Response before = risk("samsung", "pr", JULY_1);
        before.path("dependencyRisk.score").entity(Double.class).isEqualTo(33.5)
              .path("dependencyRisk.level").entity(String.class).isEqualTo("MEDIUM")
              .path("dependencyRisk.asOf").entity(String.class).isEqualTo(JULY_1)
              .path("dependencyRisk.component.restricted").entity(Boolean.class).isEqualTo(false)
              .path("dependencyRisk.qualifiedDomesticAlternatives").entity(Integer.class).isEqualTo(0)
              .path("dependencyRisk.factors[*].name").entityList(String.class).containsExactly(
                      "RESTRICTED_SHARE", "FOREIGN_DEPENDENCE", "COUNTRY_CONCENTRATION", "SUPPLIER_CONCENTRATION",
                      "SINGLE_SOURCE")
              .path("dependencyRisk.factors[*].value").entityList(Double.class).satisfies(values -> {
                  assertThat(values.get(0)).isEqualTo(0.0);
                  // answered at 6 decimals (docs/api.md), not as the doubles' 0.9199999999999999
                  assertThat(values.get(1)).isEqualTo(0.92);
                  assertThat(values.get(2)).isEqualTo(0.8528);
                  assertThat(values.get(3)).isEqualTo(0.4688);
                  assertThat(values.get(4)).isEqualTo(0.0);
              })
              .path("dependencyRisk.suppliers[*].supplier.name").entityList(String.class)
              .containsExactly("Tokyo Ohka Kogyo", "JSR", "Dongjin Semichem")
              .path("dependencyRisk.suppliers[0].share").entity(Double.class).isEqualTo(0.6)
              .path("dependencyRisk.suppliers[0].since").entity(String.class).isEqualTo("2019-01-01")
              .path("dependencyRisk.note").valueIsNull();

        risk("samsung", "pr", JULY_10)
                .path("dependencyRisk.score").entity(Double.class).isEqualTo(79.5)
                .path("dependencyRisk.level").entity(String.class).isEqualTo("CRITICAL")
                .path("dependencyRisk.component.restricted").entity(Boolean.class).isEqualTo(true)
                .path("dependencyRisk.factors[0].value").entity(Double.class).isEqualTo(0.92)
                .path("dependencyRisk.factors[*].contribution").entityList(Double.class)
                .satisfies(points -> assertThat(points).allSatisfy(p -> assertThat(BigDecimal.valueOf(p).scale())
                        .as("decimals of %s", p).isLessThanOrEqualTo(6)));
    }

    @Test
    void aPlanWithoutSourcingHasNoScoreAndSaysWhy() {
        risk("samsung", "bm", JULY_10)
                .path("dependencyRisk.score").valueIsNull()
                .path("dependencyRisk.level").valueIsNull()
                .path("dependencyRisk.factors").entityList(Object.class).hasSize(0)
                .path("dependencyRisk.note").entity(String.class).isEqualTo("no sourcing recorded");
    }

    @Test
    void theRankingOrdersByScoreThenNameAndLeavesOutPlansWithoutAScore() {
        assertThat(ranking(Map.of("asOf", JULY_10))).containsExactly("pr", "hf", "eg", "fpi");
        assertThat(ranking(Map.of("asOf", JULY_10, "minLevel", "HIGH"))).containsExactly("pr", "hf");
        assertThat(ranking(Map.of("asOf", JULY_10, "sector", "DISPLAY"))).containsExactly("fpi");
        assertThat(ranking(Map.of("asOf", JULY_10, "first", 2))).containsExactly("pr", "hf");
        // Before the licence, hydrogen fluoride (28.3) ranks below the single domestic sources (30.0).
        assertThat(ranking(Map.of("asOf", JULY_1))).containsExactly("pr", "eg", "fpi", "hf");
    }

    @Test
    void firmsPageWithOpaqueCursorsInNameOrder() {
        List<String> names = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl.documentName("firms")
                                                 .variable("first", 3).variable("after", after).execute();
            page.path("firms.totalCount").entity(Integer.class).isEqualTo(7);
            names.addAll(page.path("firms.edges[*].node.name").entityList(String.class).get());
            more = page.path("firms.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("firms.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(names).containsExactly("Do-Fluoride", "Dongjin Semichem", "Formosa Plastics", "JSR",
                "Samsung Electronics", "Stella Chemifa", "Tokyo Ohka Kogyo");
        assertThat(firmNames(Map.of("domestic", true), 20)).containsExactly("Dongjin Semichem", "Samsung Electronics");
        assertThat(firmNames(Map.of("nameContains", "CHEM"), 20)).containsExactly("Dongjin Semichem", "Stella Chemifa");
        assertThat(firmNames(Map.of("country", "JP", "size", "LARGE"), 20)).containsExactly("JSR", "Tokyo Ohka Kogyo");
        graphQl.documentName("firms").variable("first", 0).execute()
               .path("firms.edges").entityList(Object.class).hasSize(0)
               .path("firms.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void aFirmShowsItsCapabilitiesWithTheirComponents() {
        graphQl.documentName("firms").variable("filter", Map.of("nameContains", "Dongjin")).variable("first", 1)
               .execute()
               .path("firms.edges[0].node.domestic").entity(Boolean.class).isEqualTo(true)
               .path("firms.edges[0].node.capabilities[0].component.name").entity(String.class).isEqualTo("Photoresist")
               .path("firms.edges[0].node.capabilities[0].technologyReadiness").entity(Integer.class).isEqualTo(9)
               .path("firms.edges[0].node.capabilities[0].annualCapacity").entity(Double.class).isEqualTo(500.0)
               .path("firms.edges[0].node.capabilities[0].since").entity(String.class).isEqualTo("2018-01-01")
               .path("firms.edges[0].node.capabilities[0].withdrawnOn").valueIsNull();
    }

    @Test
    void componentsFilterAndShowTheirRestrictions() {
        assertThat(componentIds(Map.of("restricted", true, "asOf", JULY_1))).isEmpty();
        assertThat(componentIds(Map.of("restricted", false, "asOf", JULY_10))).containsExactly("bm", "eg", "fpi");
        assertThat(componentIds(Map.of("sector", "DISPLAY"))).containsExactly("fpi");
        assertThat(componentIds(Map.of("hsPrefix", "2811"))).containsExactly("hf");
        assertThat(componentIds(Map.of("category", "MATERIAL"))).hasSize(5);
        graphQl.documentName("components").variable("filter", Map.of("hsPrefix", "370790")).variable("first", 5)
               .execute()
               .path("components.edges[0].node.controlListEntries[0].code").entity(String.class).isEqualTo("3C002.a.2")
               .path("components.edges[0].node.restrictions[0].imposingCountry").entity(String.class).isEqualTo("JP")
               .path("components.edges[0].node.restrictions[0].measure").entity(String.class)
               .isEqualTo("INDIVIDUAL_LICENSE")
               .path("components.edges[0].node.restrictions[0].effectiveFrom").entity(String.class)
               .isEqualTo("2019-07-04")
               .path("components.edges[0].node.restrictions[0].liftedOn").valueIsNull();
    }

    @Test
    void theSourcingPlanShowsCurrentSuppliersAndTheWholeHistory() {
        graphQl.documentName("sourcingPlan").variable("buyerId", "samsung").variable("componentId", "pr")
               .variable("asOf", JULY_10).execute()
               .path("sourcingPlan.suppliers[*].supplier.id").entityList(String.class)
               .containsExactly("tok", "jsr", "dongjin")
               .path("sourcingPlan.annualVolume").entity(Double.class).isEqualTo(1200.0)
               .path("sourcingPlan.unit").entity(String.class).isEqualTo("kg")
               .path("sourcingPlan.changes[0].kind").entity(String.class).isEqualTo("REVISION")
               .path("sourcingPlan.changes[0].shares").entityList(Object.class).hasSize(3);

        graphQl.documentName("sourcingPlan").variable("buyerId", "samsung").variable("componentId", "bm")
               .variable("asOf", JULY_10).execute()
               .path("sourcingPlan.suppliers").entityList(Object.class).hasSize(0)
               .path("sourcingPlan.changes[0].id").entity(String.class).isEqualTo("b1")
               .path("sourcingPlan.changes[0].retracted").entity(Boolean.class).isEqualTo(true)
               .path("sourcingPlan.changes[0].shares[0].supplier.name").entity(String.class)
               .isEqualTo("Tokyo Ohka Kogyo")
               .path("sourcingPlan.changes[0].recordedAt").entity(String.class)
               .satisfies(at -> assertThat(at).startsWith("2019-07-11T")
                                               .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));

        TestSecurity.as(graphQl, "jsr-purchasing", "jsr", "PROCUREMENT")
               .documentName("sourcingPlan").variable("buyerId", "jsr").variable("componentId", "pr").execute()
               .path("sourcingPlan").valueIsNull();
    }

    @Test
    void unknownBuyersAndComponentsAreNotFound() {
        // Only a client allowed to ask about any buyer learns that one does not exist.
        HttpGraphQlTester admin = TestSecurity.as(graphQl, "ops", null, "ADMIN");
        assertClassification(admin.documentName("dependencyRisk").variable("buyerId", "nobody")
                                  .variable("componentId", "pr").execute(), "NOT_FOUND");
        assertClassification(risk("samsung", "nothing", JULY_10), "NOT_FOUND");
        assertClassification(admin.documentName("riskRanking").variable("buyerId", "nobody").execute(), "NOT_FOUND");
        // Samsung's client gets the same answer for an unknown buyer as for another firm's: existence does not leak.
        assertClassification(risk("nobody", "pr", JULY_10), "FORBIDDEN");
        assertClassification(risk("tok", "pr", JULY_10), "FORBIDDEN");
        assertClassification(graphQl.documentName("sourcingPlan").variable("buyerId", "samsung")
                                    .variable("componentId", "nothing").execute(), "NOT_FOUND");
        graphQl.document("{ firm(id: \"nobody\") { id } component(id: \"nothing\") { id } }").execute()
               .path("firm").valueIsNull().path("component").valueIsNull();
    }

    @Test
    void clientMistakesAreBadRequests() {
        assertClassification(graphQl.documentName("firms").variable("first", 101).execute(), "BAD_REQUEST");
        assertClassification(graphQl.documentName("firms").variable("first", -1).execute(), "BAD_REQUEST");
        assertClassification(graphQl.documentName("components").variable("first", 101).execute(), "BAD_REQUEST");
        assertClassification(graphQl.documentName("firms").variable("after", "not a cursor!").execute(),
                "BAD_REQUEST");
        assertClassification(graphQl.documentName("components").variable("filter", Map.of("sector", "FOOD"))
                                    .execute(), "BAD_REQUEST");
        assertClassification(graphQl.documentName("components").variable("filter", Map.of("hsPrefix", "28x"))
                                    .execute(), "BAD_REQUEST");
        assertClassification(graphQl.documentName("riskRanking").variable("buyerId", "samsung")
                                    .variable("first", 1000).execute(), "BAD_REQUEST");
        assertClassification(risk("samsung", "pr", "2019-13-01"), "BAD_REQUEST");
        assertClassification(graphQl.documentName("dependencyRiskWithLiteralDate").execute(), "BAD_REQUEST");
    }

    private GraphQlTester.Response risk(String buyerId, String componentId, String asOf) {
        return graphQl.documentName("dependencyRisk").variable("buyerId", buyerId)
                      .variable("componentId", componentId).variable("asOf", asOf).execute();
    }

    private List<String> ranking(Map<String, Object> variables) {
        GraphQlTester.Request<?> request = graphQl.documentName("riskRanking").variable("buyerId", "samsung");
        variables.forEach(request::variable);
        return request.execute().path("riskRanking[*].component.id").entityList(String.class).get();
    }

    private List<String> firmNames(Map<String, Object> filter, int first) {
        return graphQl.documentName("firms").variable("filter", filter).variable("first", first).execute()
                      .path("firms.edges[*].node.name").entityList(String.class).get();
    }

    private List<String> componentIds(Map<String, Object> filter) {
        return graphQl.documentName("components").variable("filter", filter).variable("first", 100).execute()
                      .path("components.edges[*].node.id").entityList(String.class).get();
    }

    private static void assertClassification(GraphQlTester.Response response, String classification) {
        response.errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            for (ResponseError error : errors) {
                assertThat(error.getExtensions()).containsEntry("classification", classification);
                assertThat(error.getMessage()).doesNotContain("Exception");
            }
        });
    }

    private static void firm(EventFeed feed, String id, String name, String country, FirmSize size) {
        feed.append(AggregateIds.firm(id), new FirmRegistered(id, name, country, size, null));
    }

    private static void component(EventFeed feed, String id, String name, String hs, Sector sector,
                                  boolean restricted) {
        feed.append(AggregateIds.component(id), new ComponentRegistered(id, name, Category.MATERIAL, hs, sector));
        if (restricted) {
            feed.append(AggregateIds.component(id), new ExportRestrictionImposed(id, id + "-jp-2019", "JP", "KR",
                    RestrictionMeasure.INDIVIDUAL_LICENSE, LocalDate.of(2019, 7, 4), "METI 2019-07-01"));
        }
    }

    private static SupplierShareValue share(String supplier, String share) {
        return new SupplierShareValue(supplier, new BigDecimal(share));
    }

    private static SourcingShareChanged change(String id, String component, String supplier, String share) {
        return new SourcingShareChanged(id, "samsung", component, supplier, new BigDecimal(share),
                LocalDate.of(2019, 1, 1), null, null, null);
    }
}
