package org.sobujang.standalone.readcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.readstore.Documents;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.util.Pair;

/**
 * The read cache answers repeated {@code _id} reads from memory and never answers a document older than the last
 * write made through it. "Served from memory" is shown by changing the stored document behind the template's back
 * (raw driver): a cached read still answers the old value, a read after a write through the template the new one.
 */
class CachingMongoTemplateTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final MongoClient CLIENT = MongoClients.create(MONGO.uri());
    private static final String C = "things";

    record Thing(@Id String id, String name, Map<String, Integer> counts) {
    }

    private CachingMongoTemplate template;
    private MongoCollection<Document> raw;

    @AfterAll
    static void stop() {
        CLIENT.close();
        MONGO.close();
    }

    @BeforeEach
    void fresh() {
        template = template(null);
        raw = CLIENT.getDatabase("sobujang").getCollection(C);
        raw.deleteMany(new Document());
    }

    private static CachingMongoTemplate template(Runnable afterLoad) {
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(CLIENT, "sobujang");
        MongoConverter converter = new MongoTemplate(factory).getConverter();
        return new CachingMongoTemplate(factory, converter, 1000) {
            @Override
            protected void afterLoad(String collection) {
                if (afterLoad != null) {
                    afterLoad.run();
                }
            }
        };
    }

    private void behindTheBack(String id, String name) {
        raw.replaceOne(new Document("_id", id), new Document("_id", id).append("name", name),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    private static Update named(String name) {
        return new Update().set("name", name);
    }

    @Test
    void aRepeatedReadByIdIsServedFromMemoryUntilAWriteThroughTheTemplate() {
        template.upsert(Documents.byId("a"), named("one"), C);
        assertThat(template.findById("a", Thing.class, C).name()).isEqualTo("one");

        behindTheBack("a", "changed behind the back");
        assertThat(template.findById("a", Thing.class, C).name()).isEqualTo("one");
        assertThat(template.find(Documents.byId("a"), Thing.class, C)).extracting(Thing::name).containsExactly("one");

        template.upsert(Documents.byId("a"), named("two"), C);
        assertThat(template.findById("a", Thing.class, C).name()).isEqualTo("two");
    }

    @Test
    void absenceIsCachedAndEndedByTheWriteThatCreatesTheDocument() {
        assertThat(template.findById("x", Thing.class, C)).isNull();
        behindTheBack("x", "created behind the back");
        assertThat(template.findById("x", Thing.class, C)).isNull();

        template.upsert(Documents.byId("x"), named("created"), C);
        assertThat(template.findById("x", Thing.class, C).name()).isEqualTo("created");
    }

    @Test
    void idListsMixCachedAndLoadedDocumentsAndSkipUnknownIds() {
        template.upsert(Documents.byId("a"), named("a1"), C);
        template.upsert(Documents.byId("b"), named("b1"), C);
        assertThat(Documents.findByIds(template, List.of("a"), Thing.class, C)).hasSize(1);

        behindTheBack("a", "a2");
        behindTheBack("b", "b2");
        List<Thing> found = Documents.findByIds(template, List.of("a", "b", "nope", "a"), Thing.class, C);
        assertThat(found).extracting(Thing::name).containsExactly("a1", "b2");
    }

    @Test
    void aFieldProjectionIsCachedApartFromTheWholeDocument() {
        template.upsert(Documents.byId("a"), named("whole").set("counts.k", 1), C);
        Thing partial = Documents.findByIds(template, List.of("a"), Thing.class, C, List.of("name")).get(0);
        assertThat(partial.counts()).isNull();
        assertThat(template.findById("a", Thing.class, C).counts()).containsEntry("k", 1);
    }

    @Test
    void bulkWritesEvictWhatTheyTouchAndOnlyThat() {
        template.upsert(Documents.byId("a"), named("a1"), C);
        template.upsert(Documents.byId("b"), named("b1"), C);
        template.findById("a", Thing.class, C);
        template.findById("b", Thing.class, C);

        template.bulkOps(BulkOperations.BulkMode.ORDERED, C)
                .upsert(List.of(Pair.of(Documents.byId("a"), named("a2")))).execute();

        assertThat(template.isCached(C, "a")).isFalse();
        assertThat(template.isCached(C, "b")).isTrue();
        assertThat(template.findById("a", Thing.class, C).name()).isEqualTo("a2");
    }

    @Test
    void aWriteNotByIdEvictsTheWholeCollection() {
        template.upsert(Documents.byId("a"), named("a1"), C);
        template.findById("a", Thing.class, C);
        template.remove(new Query(), C);
        assertThat(template.findById("a", Thing.class, C)).isNull();

        template.upsert(Documents.byId("b"), named("b1"), C);
        template.findById("b", Thing.class, C);
        template.updateMulti(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("name").is("b1")),
                named("b2"), C);
        assertThat(template.findById("b", Thing.class, C).name()).isEqualTo("b2");
    }

    @Test
    void otherQueriesAreNotCached() {
        template.upsert(Documents.byId("a"), named("a1"), C);
        Query byName = Query.query(org.springframework.data.mongodb.core.query.Criteria.where("name").is("a1"));
        assertThat(template.find(byName, Thing.class, C)).hasSize(1);
        behindTheBack("a", "a2");
        assertThat(template.find(byName, Thing.class, C)).isEmpty();
        assertThat(template.find(Documents.byId("a").limit(1), Thing.class, C)).extracting(Thing::name)
                                                                             .containsExactly("a2");
    }

    @Test
    void aDocumentLoadedBeforeAConcurrentWriteIsNotPutBackAfterItsEviction() throws Exception {
        template.upsert(Documents.byId("a"), named("old"), C);
        CountDownLatch loaded = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        CachingMongoTemplate racing = template(() -> {
            loaded.countDown();
            await(written);
        });
        // the reader has loaded "old" and pauses before putting it; meanwhile a write lands and evicts
        CompletableFuture<Thing> reader = CompletableFuture.supplyAsync(() -> racing.findById("a", Thing.class, C));
        assertThat(loaded.await(10, TimeUnit.SECONDS)).isTrue();
        racing.upsert(Documents.byId("a"), named("new"), C);
        written.countDown();

        assertThat(reader.get(10, TimeUnit.SECONDS).name()).isEqualTo("old");
        assertThat(racing.isCached(C, "a")).isFalse();
        assertThat(racing.findById("a", Thing.class, C).name()).isEqualTo("new");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
