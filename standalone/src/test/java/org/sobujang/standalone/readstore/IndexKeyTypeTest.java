package org.sobujang.standalone.readstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** The index key order must be exactly H2's own, or index files written before would be searched wrongly. */
class IndexKeyTypeTest {

    private final ObjectDataType h2 = new ObjectDataType();
    private final IndexKeyType keys = new IndexKeyType();

    @Test
    void ordersKeysExactlyAsH2DoesForEveryKindOfIdValue() {
        SplittableRandom random = new SplittableRandom(20190704);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            values.add(value(random, 0));
        }
        int compared = 0;
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < values.size(); j += 7) {
                KeyValue a = new KeyValue(values.get(i));
                KeyValue b = random.nextBoolean() ? new KeyValue(values.get(j))
                                                  : new KeyValue(values.get(j), values.get(i));
                assertThat(Integer.signum(keys.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
                // again, now from the kept bytes of the same objects
                assertThat(Integer.signum(keys.compare(b, a))).isEqualTo(Integer.signum(h2.compare(b, a)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20_000);
    }

    @Test
    void equalButDistinctKeysCompareEqualAndKeysOfOtherTypesAreLeftToH2() {
        assertThat(keys.compare(new KeyValue("plan-1"), new KeyValue("plan-1"))).isZero();
        assertThat(Integer.signum(keys.compare(new KeyValue("plan-1"), new KeyValue("plan-2"))))
                .isEqualTo(Integer.signum(h2.compare(new KeyValue("plan-1"), new KeyValue("plan-2"))));
        assertThat(Integer.signum(keys.compare("b", "a"))).isEqualTo(1);
        assertThat(Integer.signum(keys.compare(3L, 20L))).isEqualTo(-1);
        KeyValue k = new KeyValue("x");
        assertThat(Integer.signum(keys.compare(k, "x"))).isEqualTo(Integer.signum(h2.compare(k, "x")));
    }

    @Test
    void searchesAnExistingPageOfKeysAsH2Does() {
        SplittableRandom random = new SplittableRandom(7);
        List<KeyValue> stored = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            stored.add(new KeyValue(value(random, 0)));
        }
        stored.sort(h2::compare);
        Object[] page = stored.toArray();
        for (int i = 0; i < 300; i++) {
            KeyValue probe = random.nextBoolean() ? new KeyValue(stored.get(random.nextInt(stored.size())).get(0))
                                                  : new KeyValue(value(random, 0));
            int guess = random.nextInt(page.length);
            assertThat(keys.binarySearch(probe, page, page.length, guess))
                    .isEqualTo(h2.binarySearch(probe, page, page.length, guess));
        }
    }

    private static Object value(SplittableRandom random, int depth) {
        switch (random.nextInt(depth > 0 ? 6 : 8)) {
            case 0:
                return "plan-" + Long.toString(random.nextLong(1_000_000), 36);
            case 1:
                return random.nextBoolean() ? "부품-" + random.nextInt(50) : "x".repeat(random.nextInt(300));
            case 2:
                return random.nextInt(-1000, 1000);
            case 3:
                return random.nextLong();
            case 4:
                return random.nextDouble() * 100;
            case 5:
                return new ObjectId();
            case 6:
                return new Document("buyerId", "firm-" + random.nextInt(20)).append("componentId", value(random, 1));
            default:
                return List.of(value(random, 1), value(random, 1));
        }
    }
}
