package org.sobujang.standalone.readcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.ReadModelFixture;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.component.ComponentReadModel;
import org.sobujang.query.national.ComponentPools;
import org.sobujang.query.national.DisclosureControl;
import org.sobujang.query.national.NationalAssessment;
import org.sobujang.query.national.NationalRiskService;
import org.sobujang.query.period.Interval;
import org.sobujang.query.progress.LocalizationProgress;
import org.sobujang.query.progress.ProgressPoint;
import org.sobujang.standalone.readcache.CachingMongoTemplate;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * With the read cache on, {@link ComponentPools#answer} keeps national figures keyed by the question and the pool's
 * document instances. Differential test: after every write of the kinds the projections make, the kept answers
 * (national risk of every component, progress over all of them) equal those computed afresh from a store read
 * without any cache.
 */
class PoolAnswersTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final MongoClient CLIENT = MongoClients.create(MONGO.uri());
    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 1);
    /** Sums over plans read in another order (cached reads keep the ids' order) may differ in the last bits. */
    private static final Comparator<Double> CLOSE = (a, b) ->
            Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a)) ? 0 : Double.compare(a, b);
    private static final List<LocalDate> MONTHS = Interval.MONTH.periodEnds(LocalDate.of(2019, 1, 1),
            LocalDate.of(2020, 12, 31), 1200);

    @AfterAll
    static void stop() {
        CLIENT.close();
        MONGO.close();
    }

    @Test
    void keptAnswersEqualFreshOnesAfterEveryWrite() {
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(CLIENT, "sobujang");
        MongoTemplate plain = new MongoTemplate(factory);
        CachingMongoTemplate caching = new CachingMongoTemplate(factory, plain.getConverter(), 10_000);
        try (AnnotationConfigApplicationContext kept = ReadModelFixture.services(caching, new CachedDocumentAnswers(caching, null));
             AnnotationConfigApplicationContext fresh = ReadModelFixture.services(plain, null)) {
            Random random = new Random(20190705);
            ReadModelFixture.seed(caching, random);
            Set<String> seen = new HashSet<>();
            for (int step = 0; step < 300; step++) {
                ReadModelFixture.write(caching, random, step);
                for (String component : ReadModelFixture.COMPONENTS) {
                    NationalAssessment expected = national(fresh, component);
                    assertThat(national(kept, component)).as("%s after step %d", component, step)
                                                         .usingRecursiveComparison()
                                                         .withComparatorForType(CLOSE, Double.class)
                                                         .isEqualTo(expected);
                    seen.add(expected.suppressedReason() == null ? "published" : expected.suppressedReason());
                }
                List<ProgressPoint> expected = progress(fresh);
                List<ProgressPoint> answered = progress(kept);
                assertThat(answered).as("progress after step %d", step).usingRecursiveComparison()
                                    .withComparatorForType(CLOSE, Double.class).isEqualTo(expected);
                assertThat(progress(kept)).as("asked again: the answer kept").isSameAs(answered);
                expected.forEach(point -> seen.add(point.suppressedReason() == null ? "progress published"
                        : "progress " + point.suppressedReason()));
            }
            assertThat(seen).as("the writes reached published and suppressed figures")
                            .contains("published", DisclosureControl.TOO_FEW_FIRMS, "progress published");
        }
    }

    private static NationalAssessment national(AnnotationConfigApplicationContext services, String componentId) {
        ComponentDocument component = services.getBean(ComponentReadModel.class).find(componentId).orElseThrow();
        NationalRiskService national = services.getBean(NationalRiskService.class);
        return services.getBean(ComponentPools.class).answer(List.of("nationalRisk", componentId, AS_OF),
                Map.of(componentId, component), pool -> national.assess(pool, componentId, AS_OF));
    }

    private static List<ProgressPoint> progress(AnnotationConfigApplicationContext services) {
        Map<String, ComponentDocument> all = services.getBean(ComponentReadModel.class)
                                                     .findAll(List.of(ReadModelFixture.COMPONENTS));
        LocalizationProgress progress = new LocalizationProgress(services.getBean(NationalRiskService.class).model());
        return services.getBean(ComponentPools.class).answer(List.of("progress", MONTHS), all,
                pool -> progress.evaluate(pool, MONTHS, null));
    }
}
