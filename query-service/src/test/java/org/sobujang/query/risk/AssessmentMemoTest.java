package org.sobujang.query.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.infra.CachingMongoTemplate;
import org.sobujang.query.infra.ReadCacheProperties;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.PartnershipReadModel;
import org.sobujang.query.sourcing.PlanHistories;
import org.sobujang.query.sourcing.SourcingPlanDocument;
import org.sobujang.query.sourcing.SourcingReadModel;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * With the read cache on, {@link DependencyRiskService} keeps the assessments it made, keyed by the document
 * instances they were made from. Differential test: after every write of the kinds the projections make (plan
 * changes, retractions, restrictions, capabilities, partnerships, a firm's country), the service with the memo must
 * answer exactly what a service reading the same store without any cache answers.
 */
class AssessmentMemoTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final MongoClient CLIENT = MongoClients.create(MONGO.uri());
    private static final String[] FIRMS = {"tok", "jsr", "dongjin", "skm", "soulbrain", "stella"};
    private static final String[] COMPONENTS = {"pr", "hf", "fpi", "eg"};
    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 1);

    @AfterAll
    static void stop() {
        CLIENT.close();
        MONGO.close();
    }

    @Test
    void theMemoAnswersWhatAFreshAssessmentAnswersAfterEveryWrite() {
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(CLIENT, "sobujang");
        MongoTemplate plain = new MongoTemplate(factory);
        CachingMongoTemplate caching = new CachingMongoTemplate(factory, plain.getConverter(), 10_000);
        try (AnnotationConfigApplicationContext memoized = context(caching, true);
             AnnotationConfigApplicationContext fresh = context(plain, false)) {
            DependencyRiskService withMemo = memoized.getBean(DependencyRiskService.class);
            DependencyRiskService without = fresh.getBean(DependencyRiskService.class);
            Random random = new Random(20190704);
            for (String firm : FIRMS) {
                caching.upsert(byId(firm), new Update().set("name", firm).set("country", country(random)),
                        FirmDocument.COLLECTION);
            }
            caching.upsert(byId("samsung"), new Update().set("name", "Samsung").set("country", "KR"),
                    FirmDocument.COLLECTION);
            for (String component : COMPONENTS) {
                caching.upsert(byId(component), new Update().set("name", component), ComponentDocument.COLLECTION);
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int step = 0; step < 300; step++) {
                write(caching, random, step);
                FirmDocument buyer = caching.findById("samsung", FirmDocument.class, FirmDocument.COLLECTION);
                List<DependencyRiskView> expected = without.assess(buyer, List.of(COMPONENTS), AS_OF);
                List<DependencyRiskView> actual = withMemo.assess(buyer, List.of(COMPONENTS), AS_OF);
                // (the order of the list is the template's: a cached read keeps the ids' order, the store its own)
                assertThat(actual).as("after step %d", step).usingRecursiveFieldByFieldElementComparator()
                                  .containsExactlyInAnyOrderElementsOf(expected);
                expected.forEach(view -> {
                    if (view.score() != null) {
                        seen.add("scored");
                    }
                    if (view.qualifiedDomesticAlternatives() > 0) {
                        seen.add("alternatives");
                    }
                    if (view.factors().stream().anyMatch(f -> f.name().equals("RESTRICTED_SHARE") && f.value() > 0)) {
                        seen.add("restricted");
                    }
                });
                // asked again with nothing written: served from the memo, the same answer
                assertThat(withMemo.assess(buyer, List.of(COMPONENTS), AS_OF)).containsExactlyElementsOf(actual);
            }
            assertThat(seen).as("the writes reached every input").contains("scored", "alternatives", "restricted");
        }
    }

    /** One write of a random kind, as a projection would make it (through the caching template, evicting). */
    private static void write(MongoTemplate mongo, Random random, int step) {
        String component = COMPONENTS[random.nextInt(COMPONENTS.length)];
        String firm = FIRMS[random.nextInt(FIRMS.length)];
        String date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(600)).toString();
        switch (random.nextInt(7)) {
            case 0, 1 -> mongo.upsert(byId(SourcingPlanDocument.idOf("samsung", component)), new Update()
                    .set("buyerId", "samsung").set("componentId", component)
                    .set("changes.c" + step + ".kind", "SHARE_CHANGE")
                    .set("changes.c" + step + ".supplierId", firm)
                    .set("changes.c" + step + ".share", new org.bson.types.Decimal128(
                            new BigDecimal(random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(99)).movePointLeft(2)))
                    .set("changes.c" + step + ".effectiveFrom", date)
                    .set("changes.c" + step + ".sequence", step), SourcingPlanDocument.COLLECTION);
            case 2 -> {
                SourcingPlanDocument plan = mongo.findById(SourcingPlanDocument.idOf("samsung", component),
                        SourcingPlanDocument.class, SourcingPlanDocument.COLLECTION);
                if (plan != null && !plan.changes().isEmpty()) {
                    String change = plan.changes().keySet().iterator().next();
                    mongo.upsert(byId(plan.id()), new Update().set("changes." + change + ".retracted", true),
                            SourcingPlanDocument.COLLECTION);
                }
            }
            case 3 -> mongo.upsert(byId(component), new Update().set("restrictions.r" + step, new Document()
                    .append("imposingCountry", "JP").append("targetCountry", "KR")
                    .append("measure", "INDIVIDUAL_LICENSE").append("effectiveFrom", date)),
                    ComponentDocument.COLLECTION);
            case 4 -> mongo.upsert(byId(component), new Update().set("firms." + firm + ".e" + step, new Document()
                    .append("kind", "DECLARED").append("technologyReadiness", 8 + random.nextInt(2))
                    .append("date", date).append("sequence", step)), ComponentCapabilitiesDocument.COLLECTION);
            case 5 -> mongo.upsert(byId(component), new Update().set("partnerships.p" + step, new Document()
                    .append("buyerId", "samsung").append("supplierId", firm)
                    .append("stages", new Document("0", new Document("stage", "MASS_PRODUCTION")
                            .append("on", date).append("sequence", step)))),
                    ComponentPartnershipsDocument.COLLECTION);
            default -> mongo.upsert(byId(firm), new Update().set("country", country(random)),
                    FirmDocument.COLLECTION);
        }
    }

    private static String country(Random random) {
        return List.of("KR", "KR", "JP", "CN").get(random.nextInt(4));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static AnnotationConfigApplicationContext context(MongoTemplate mongo, boolean readCache) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(MongoTemplate.class, () -> mongo);
        context.registerBean(SobujangProperties.class, () -> new SobujangProperties("KR", null));
        context.registerBean(ReadCacheProperties.class, () -> ReadCacheProperties.of(readCache));
        RiskParameters p = RiskParameters.DEFAULTS;
        context.registerBean(RiskProperties.class, () -> new RiskProperties(new RiskProperties.Weights(
                p.restrictedShareWeight(), p.foreignDependenceWeight(), p.countryConcentrationWeight(),
                p.supplierConcentrationWeight(), p.singleSourceWeight()), p.mitigationPerAlternative(),
                p.mitigationMaxAlternatives(), new RiskProperties.Levels(p.mediumFrom(), p.highFrom(),
                p.criticalFrom())));
        context.register(FirmReadModel.class, ComponentReadModel.class, SourcingReadModel.class,
                PartnershipReadModel.class, PlanHistories.class, DependencyRiskService.class);
        context.refresh();
        return context;
    }
}
