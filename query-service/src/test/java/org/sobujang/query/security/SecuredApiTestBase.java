package org.sobujang.query.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.firm.FirmRegistered;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.api.partnership.PartnershipKind;
import org.sobujang.api.partnership.PartnershipRegistered;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.query.EventFeed;
import org.sobujang.query.InMemoryEventStore;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.TestSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Three firms, each buying component x: alpha (300 t from foreign F) and beta (100 t from domestic D); D declares
 * 150 t a year of capacity for x. Partnerships: alpha buys from beta (p-ab), beta from gamma (p-bc). Shared by the
 * security and limit tests, which therefore run in one application context.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
                             + "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import({InMemoryEventStore.class, TestSecurity.class})
abstract class SecuredApiTestBase {

    /** Left running for the JVM: every subclass shares this context, so no one class may stop it. */
    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static boolean fed;

    @DynamicPropertySource
    static void readStore(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
    }

    @Autowired
    protected HttpGraphQlTester graphQl;
    @Autowired
    private EventStore eventStore;

    protected HttpGraphQlTester as(String client, String firm, String... roles) {
        return TestSecurity.as(graphQl, client, firm, roles);
    }

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        EventFeed feed = new EventFeed(eventStore);
        for (String[] f : new String[][]{{"alpha", "KR"}, {"beta", "KR"}, {"gamma", "KR"}, {"dom", "KR"},
                                         {"foreign", "JP"}}) {
            feed.append(AggregateIds.firm(f[0]), new FirmRegistered(f[0], "Firm " + f[0], f[1], FirmSize.LARGE,
                    null));
        }
        feed.append(AggregateIds.component("x"), new ComponentRegistered("x", "Component X", Category.MATERIAL,
                "281111", Sector.SEMICONDUCTOR));
        feed.append(AggregateIds.firm("dom"), new FirmCapabilityDeclared("dom", "x", 8, new BigDecimal("150"), "t",
                LocalDate.of(2019, 1, 1)));
        feed.append(AggregateIds.sourcingPlan("alpha", "x"), new SourcingPlanRevised("alpha-x", "alpha", "x",
                LocalDate.of(2019, 1, 1), List.of(new SupplierShareValue("foreign", BigDecimal.ONE)),
                new BigDecimal("300"), "t", null));
        feed.append(AggregateIds.sourcingPlan("beta", "x"), new SourcingPlanRevised("beta-x", "beta", "x",
                LocalDate.of(2019, 1, 1), List.of(new SupplierShareValue("dom", BigDecimal.ONE)),
                new BigDecimal("100"), "t", null));
        feed.append(AggregateIds.partnership("alpha", "beta", "p-ab"),
                new PartnershipRegistered("p-ab", "alpha", "beta", "x",
                PartnershipKind.JOINT_RND, LocalDate.of(2019, 8, 1), null));
        feed.append(AggregateIds.partnership("beta", "gamma", "p-bc"),
                new PartnershipRegistered("p-bc", "beta", "gamma", "x",
                PartnershipKind.SUPPLY_LINKAGE, LocalDate.of(2019, 9, 1), null));
        HttpGraphQlTester admin = as("ops", null, "ADMIN");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(admin.document("{ componentHistory(id: \"x\") { type } }").execute()
                            .path("componentHistory").entityList(Object.class).get()).hasSize(6);
            assertThat(admin.document("{ partnerships { totalCount } }").execute()
                            .path("partnerships.totalCount").entity(Integer.class).get()).isEqualTo(2);
            assertThat(admin.document("{ sourcingPlan(buyerId: \"beta\", componentId: \"x\") { unit } }").execute()
                            .path("sourcingPlan.unit").entity(String.class).get()).isEqualTo("t");
            assertThat(admin.document("{ firm(id: \"dom\") { capabilities { unit } } }").execute()
                            .path("firm.capabilities").entityList(Object.class).get()).hasSize(1);
        });
        fed = true;
    }
}
