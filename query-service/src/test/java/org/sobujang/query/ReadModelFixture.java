package org.sobujang.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.firm.FirmReadModel;
import org.sobujang.query.national.ComponentPools;
import org.sobujang.query.national.DisclosureProperties;
import org.sobujang.query.national.NationalRiskService;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.partnership.PartnershipReadModel;
import org.sobujang.query.readstore.DerivedAnswers;
import org.sobujang.query.risk.DependencyRiskService;
import org.sobujang.query.risk.RiskParameters;
import org.sobujang.query.risk.RiskProperties;
import org.sobujang.query.sourcing.BuyerPlansDocument;
import org.sobujang.query.sourcing.ComponentPlansDocument;
import org.sobujang.query.sourcing.PlanChunkDocument;
import org.sobujang.query.sourcing.PlanHeadDocument;
import org.sobujang.query.sourcing.PlanHistories;
import org.sobujang.query.sourcing.SourcingPlanDocument;
import org.sobujang.query.sourcing.SourcingReadModel;
import org.sobujang.query.web.SobujangProperties;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Random writes of every kind the projections make to the read models that assessments and national figures read,
 * and the read side's services over a given template: for differential tests of what is kept in memory against
 * what is computed afresh.
 */
public final class ReadModelFixture {

    public static final String[] FIRMS = {"tok", "jsr", "dongjin", "skm", "soulbrain", "stella"};
    public static final String[] BUYERS = {"samsung", "skhynix", "lgdisplay", "hyundai"};
    public static final String[] COMPONENTS = {"pr", "hf", "fpi", "eg"};

    private ReadModelFixture() {
    }

    /** Firms with random countries, the buyers (KR) and the components, without plans. */
    public static void seed(MongoTemplate mongo, Random random) {
        for (String firm : FIRMS) {
            mongo.upsert(byId(firm), new Update().set("name", firm).set("country", country(random)),
                    FirmDocument.COLLECTION);
        }
        for (String buyer : BUYERS) {
            mongo.upsert(byId(buyer), new Update().set("name", buyer).set("country", "KR"), FirmDocument.COLLECTION);
        }
        for (String component : COMPONENTS) {
            mongo.upsert(byId(component), new Update().set("name", component), ComponentDocument.COLLECTION);
        }
    }

    /** One write of a random kind, as a projection would make it. */
    public static void write(MongoTemplate mongo, Random random, int step) {
        String component = COMPONENTS[random.nextInt(COMPONENTS.length)];
        String firm = FIRMS[random.nextInt(FIRMS.length)];
        String buyer = BUYERS[random.nextInt(BUYERS.length)];
        String date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(600)).toString();
        switch (random.nextInt(7)) {
            case 0, 1 -> {
                String change = "changes.c" + step + ".";
                String plan = SourcingPlanDocument.idOf(buyer, component);
                // a third of the changes as a long plan's later events: in a chunk, which the head then names
                long chunk = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
                if (chunk > 0) {
                    mongo.upsert(byId(plan), new Update().set("buyerId", buyer).set("componentId", component)
                            .max("chunks", chunk), PlanHeadDocument.COLLECTION);
                }
                mongo.upsert(byId(chunk > 0 ? plan + "#" + chunk : plan), (chunk > 0 ? new Update()
                        : new Update().set("buyerId", buyer).set("componentId", component))
                        .set(change + "kind", "SHARE_CHANGE")
                        .set(change + "supplierId", firm)
                        .set(change + "share", new Decimal128(new BigDecimal(
                                random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(99)).movePointLeft(2)))
                        .set(change + "effectiveFrom", date)
                        .set(change + "annualVolume", random.nextBoolean() ? null
                                : new Decimal128(new BigDecimal(1 + random.nextInt(500))))
                        .set(change + "unit", "kg")
                        .set(change + "sequence", step),
                        chunk > 0 ? PlanChunkDocument.COLLECTION : PlanHeadDocument.COLLECTION);
                mongo.upsert(byId(component), new Update().addToSet("buyerIds", buyer),
                        ComponentPlansDocument.COLLECTION);
                mongo.upsert(byId(buyer), new Update().addToSet("componentIds", component),
                        BuyerPlansDocument.COLLECTION);
            }
            case 2 -> {
                PlanHeadDocument plan = mongo.findById(SourcingPlanDocument.idOf(buyer, component),
                        PlanHeadDocument.class, PlanHeadDocument.COLLECTION);
                if (plan != null && !plan.changes().isEmpty()) {
                    String change = plan.changes().keySet().iterator().next();
                    if (plan.chunks() > 0 && random.nextBoolean()) {
                        // a retraction among a long plan's later events, kept in its chunk
                        mongo.upsert(byId(plan.id() + "#" + plan.chunks()), new Update().set("retracted." + change,
                                true), PlanChunkDocument.COLLECTION);
                    } else {
                        mongo.upsert(byId(plan.id()), new Update().set("changes." + change + ".retracted", true),
                                PlanHeadDocument.COLLECTION);
                    }
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
                    .append("buyerId", buyer).append("supplierId", firm)
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

    /**
     * The read models and the services that assess and pool them, over {@code mongo}, with {@code derived} keeping
     * their derived answers (null: none kept).
     */
    public static AnnotationConfigApplicationContext services(MongoTemplate mongo, DerivedAnswers derived) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(MongoTemplate.class, () -> mongo);
        context.registerBean(SobujangProperties.class, () -> new SobujangProperties("KR", null));
        if (derived != null) {
            context.registerBean(DerivedAnswers.class, () -> derived);
        }
        context.registerBean(DisclosureProperties.class, () -> new DisclosureProperties(null, null));
        RiskParameters p = RiskParameters.DEFAULTS;
        context.registerBean(RiskProperties.class, () -> new RiskProperties(new RiskProperties.Weights(
                p.restrictedShareWeight(), p.foreignDependenceWeight(), p.countryConcentrationWeight(),
                p.supplierConcentrationWeight(), p.singleSourceWeight()), p.mitigationPerAlternative(),
                p.mitigationMaxAlternatives(), new RiskProperties.Levels(p.mediumFrom(), p.highFrom(),
                p.criticalFrom())));
        context.register(FirmReadModel.class, ComponentReadModel.class, SourcingReadModel.class,
                PartnershipReadModel.class, PlanHistories.class, DependencyRiskService.class, ComponentPools.class,
                NationalRiskService.class);
        context.refresh();
        return context;
    }
}
