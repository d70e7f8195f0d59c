package org.sobujang.standalone.readcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.ReadModelFixture;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.risk.DependencyRiskService;
import org.sobujang.query.risk.DependencyRiskView;
import org.sobujang.query.risk.RiskFactor;
import org.sobujang.standalone.readcache.CachingMongoTemplate;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * With the read cache on, {@link DependencyRiskService} keeps the assessments it made, keyed by the document
 * instances they were made from. Differential test: after every write of the kinds the projections make (plan
 * changes, retractions, restrictions, capabilities, partnerships, a firm's country), the service with the memo must
 * answer exactly what a service reading the same store without any cache answers.
 */
class AssessmentMemoTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final MongoClient CLIENT = MongoClients.create(MONGO.uri());
    private static final List<String> COMPONENTS = List.of(ReadModelFixture.COMPONENTS);
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
        try (AnnotationConfigApplicationContext memoized = ReadModelFixture.services(caching, new CachedDocumentAnswers(caching, null));
             AnnotationConfigApplicationContext fresh = ReadModelFixture.services(plain, null)) {
            DependencyRiskService withMemo = memoized.getBean(DependencyRiskService.class);
            DependencyRiskService without = fresh.getBean(DependencyRiskService.class);
            Random random = new Random(20190704);
            ReadModelFixture.seed(caching, random);
            Set<String> seen = new HashSet<>();
            for (int step = 0; step < 300; step++) {
                ReadModelFixture.write(caching, random, step);
                FirmDocument buyer = caching.findById("samsung", FirmDocument.class, FirmDocument.COLLECTION);
                List<DependencyRiskView> expected = without.assess(buyer, COMPONENTS, AS_OF);
                List<DependencyRiskView> actual = withMemo.assess(buyer, COMPONENTS, AS_OF);
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
                    if (view.factors().stream().anyMatch(f -> f.name().equals(RiskFactor.RESTRICTED_SHARE)
                                                              && f.value() > 0)) {
                        seen.add("restricted");
                    }
                });
                // asked again with nothing written: served from the memo, the same answer
                assertThat(withMemo.assess(buyer, COMPONENTS, AS_OF)).containsExactlyElementsOf(actual);
            }
            assertThat(seen).as("the writes reached every input").contains("scored", "alternatives", "restricted");
        }
    }
}
