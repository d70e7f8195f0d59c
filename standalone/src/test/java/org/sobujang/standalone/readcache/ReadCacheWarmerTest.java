package org.sobujang.standalone.readcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.readstore.DocumentsReadById;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The warmer loads what the cache lacks once a collection has been quiet for a whole look, never during writes,
 * never past the cache's size, and what it loads is served from memory. "From memory" is shown as in
 * {@link CachingMongoTemplateTest}: by changing the stored document behind the template's back.
 */
class ReadCacheWarmerTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final MongoClient CLIENT = MongoClients.create(MONGO.uri());
    private static final String C = "warmed";

    record Thing(@Id String id, String name) {
    }

    private MongoCollection<Document> raw;

    @AfterAll
    static void stop() {
        CLIENT.close();
        MONGO.close();
    }

    @BeforeEach
    void fresh() {
        raw = CLIENT.getDatabase("sobujang").getCollection(C);
        raw.deleteMany(new Document());
        for (int i = 0; i < 1200; i++) {
            raw.insertOne(new Document("_id", "t" + i).append("name", "n" + i));
        }
    }

    private static CachingMongoTemplate template(long maxDocuments) {
        SimpleMongoClientDatabaseFactory factory = new SimpleMongoClientDatabaseFactory(CLIENT, "sobujang");
        MongoConverter converter = new MongoTemplate(factory).getConverter();
        return new CachingMongoTemplate(factory, converter, maxDocuments);
    }

    private static ReadCacheWarmer warmer(CachingMongoTemplate template, List<String> fields) {
        return new ReadCacheWarmer(template, List.of(new DocumentsReadById.Target(C, Thing.class, fields)),
                Duration.ofSeconds(1));
    }

    private void behindTheBack(String id, String name) {
        raw.replaceOne(new Document("_id", id), new Document("_id", id).append("name", name));
    }

    @Test
    void aQuietCollectionIsLoadedOnTheSecondLookAndThenServedFromMemory() {
        CachingMongoTemplate template = template(10_000);
        ReadCacheWarmer warmer = warmer(template, null);

        warmer.look();
        assertThat(warmer.loaded()).isZero();
        assertThat(warmer.isWarm()).isFalse();
        warmer.look();
        assertThat(warmer.loaded()).isEqualTo(1200);
        assertThat(warmer.isWarm()).isTrue();

        behindTheBack("t7", "changed behind the back");
        assertThat(template.findById("t7", Thing.class, C).name()).isEqualTo("n7");
        warmer.look();
        assertThat(warmer.loaded()).as("nothing written, nothing loaded again").isEqualTo(1200);
    }

    @Test
    void afterAWriteOnlyWhatTheWriteEvictedIsLoadedAndOnlyOnceTheWritesStop() {
        CachingMongoTemplate template = template(10_000);
        ReadCacheWarmer warmer = warmer(template, null);
        warmer.look();
        warmer.look();

        template.upsert(Query.query(Criteria.where("_id").is("t3")),
                new Update().set("name", "new"), C);
        warmer.look();
        assertThat(warmer.isWarm()).as("written during the last interval").isFalse();
        assertThat(warmer.loaded()).isEqualTo(1200);
        warmer.look();
        assertThat(warmer.loaded()).isEqualTo(1201);
        assertThat(warmer.isWarm()).isTrue();

        behindTheBack("t3", "changed behind the back");
        assertThat(template.findById("t3", Thing.class, C).name()).isEqualTo("new");
    }

    @Test
    void afterWritesByIdOnlyTheWrittenIdsAreReadAgainAndAfterOtherWritesEverything() {
        CachingMongoTemplate template = template(10_000);
        ReadCacheWarmer warmer = warmer(template, null);
        warmer.look();
        warmer.look();
        // a document the template never wrote nor read: only a scan of the collection can find it
        raw.insertOne(new Document("_id", "stranger").append("name", "s"));

        template.upsert(Query.query(Criteria.where("_id").is("t5")), new Update().set("name", "five"), C);
        warmer.look();
        warmer.look();
        assertThat(warmer.loaded()).as("t5 alone, no scan").isEqualTo(1201);

        template.updateMulti(Query.query(Criteria.where("name").is("n6")), new Update().set("name", "six"), C);
        warmer.look();
        warmer.look();
        assertThat(warmer.loaded()).as("not by id: the collection was scanned, the stranger found")
                                   .isEqualTo(1201 + 1201);
        raw.deleteOne(new Document("_id", "stranger"));
        assertThat(template.findById("stranger", Thing.class, C)).as("served from memory").isNotNull();
    }

    @Test
    void warmingStopsAtTheCacheSize() {
        CachingMongoTemplate template = template(700);
        ReadCacheWarmer warmer = warmer(template, null);
        warmer.look();
        warmer.look();

        assertThat(warmer.loaded()).isEqualTo(500);
        assertThat(template.cachedDocuments()).isLessThanOrEqualTo(700);
    }

    @Test
    void eachShapeIsWarmedApart() {
        CachingMongoTemplate template = template(10_000);
        ReadCacheWarmer warmer = warmer(template, List.of("name"));
        warmer.look();
        warmer.look();

        behindTheBack("t9", "changed behind the back");
        Query namesOnly = Query.query(Criteria.where("_id").is("t9"));
        namesOnly.fields().include("name");
        assertThat(template.find(namesOnly, Thing.class, C)).extracting(Thing::name).containsExactly("n9");
        assertThat(template.findById("t9", Thing.class, C).name()).as("the whole document was not warmed")
                                                                  .isEqualTo("changed behind the back");
    }
}
