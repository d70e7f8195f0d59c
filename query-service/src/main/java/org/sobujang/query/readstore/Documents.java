package org.sobujang.query.readstore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How read models store values. Dates are ISO strings: they sort as text and carry no time zone, unlike the
 * driver's default of a UTC instant at midnight of the JVM's zone. Decimals stay exact as Decimal128.
 */
public final class Documents {

    private Documents() {
    }

    /**
     * How many ids one {@code _id $in} lookup carries. mongo-java-server finds the documents through its unique
     * {@code _id} index but then re-checks every found document against the whole query, and its {@code $in}
     * check walks the list: one lookup of n ids costs n² comparisons under the collection's lock (10,000 firms:
     * seconds). Chunks of this size keep that at n × 100 for a round trip per 100 documents; a real MongoDB
     * answers the chunks just as well.
     */
    static final int ID_CHUNK = 100;

    public static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    /** The documents with these ids (duplicates and unknown ids ignored), in chunks of {@link #ID_CHUNK}. */
    public static <T> List<T> findByIds(MongoOperations mongo, Collection<String> ids, Class<T> type,
                                        String collection) {
        return findByIds(mongo, ids, type, collection, null);
    }

    /** As {@link #findByIds(MongoOperations, Collection, Class, String)}, fetching only {@code fields} when given. */
    public static <T> List<T> findByIds(MongoOperations mongo, Collection<String> ids, Class<T> type,
                                        String collection, List<String> fields) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<T> found = new ArrayList<>(distinct.size());
        for (int from = 0; from < distinct.size(); from += ID_CHUNK) {
            Query query = Query.query(Criteria.where("_id").in(
                    distinct.subList(from, Math.min(from + ID_CHUNK, distinct.size()))));
            if (fields != null) {
                fields.forEach(field -> query.fields().include(field));
            }
            found.addAll(mongo.find(query, type, collection));
        }
        return found;
    }

    public static Decimal128 decimal(BigDecimal value) {
        return value == null ? null : new Decimal128(value);
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate date(String stored) {
        return stored == null ? null : LocalDate.parse(stored);
    }
}
