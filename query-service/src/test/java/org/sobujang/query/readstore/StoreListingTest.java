package org.sobujang.query.readstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sobujang.query.InMemoryMongo;
import org.sobujang.query.web.Connection;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/** Paging in the read store answers exactly what Relay's algorithm over the same items in memory answers. */
class StoreListingTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final String COLLECTION = "things";
    /** Names that repeat (ties broken by id), upper and lower case, Hangul, a prefix of another. */
    private static final List<String> NAMES = List.of("Alpha", "alpha", "Beta", "가", "가나", "Zeta", "Z");

    record Thing(@Id String id, String name, boolean listed) {
    }

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @Test
    void everyPageAsInMemory() {
        MongoTemplate mongo = MONGO.template();
        StoreListing.ensureIndex(mongo, COLLECTION, "name");
        Random random = new Random(20190704);
        List<Thing> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Thing thing = new Thing("t" + random.nextInt(1000) + "-" + i, NAMES.get(random.nextInt(NAMES.size())),
                                    random.nextInt(5) > 0);
            all.add(thing);
            mongo.insert(thing, COLLECTION);
        }
        List<Thing> listed = all.stream().filter(Thing::listed).toList();
        StoreListing<Thing> store = new StoreListing<>(mongo, Criteria.where("listed").is(true), "name",
                                                       Thing.class, COLLECTION);
        List<Connection.Key> keys = new ArrayList<>();
        all.forEach(t -> keys.add(key(t)));                 // cursors at items, listed or not
        keys.add(new Connection.Key("Alpha", "t"));          // and between items
        keys.add(new Connection.Key("", ""));
        keys.add(new Connection.Key("힣", "z"));
        for (int round = 0; round < 400; round++) {
            Integer first = random.nextInt(3) == 0 ? null : random.nextInt(9);
            Integer last = random.nextInt(3) == 0 ? null : random.nextInt(9);
            String after = random.nextBoolean() ? null : keys.get(random.nextInt(keys.size())).encode();
            String before = random.nextBoolean() ? null : keys.get(random.nextInt(keys.size())).encode();
            Connection.Page page = new Connection.Page(first, after, last, before);
            Connection<Thing> expected = Connection.of(listed, StoreListingTest::key, page);
            Connection<Thing> actual = Connection.of(store, StoreListingTest::key, page);
            assertThat(actual).as("%s", page).isEqualTo(expected);
        }
    }

    private static Connection.Key key(Thing thing) {
        return new Connection.Key(thing.name(), thing.id());
    }
}
