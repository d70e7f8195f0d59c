package org.sobujang.query.infra;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How read models store values. Dates are ISO strings: they sort as text and carry no time zone, unlike the
 * driver's default of a UTC instant at midnight of the JVM's zone. Decimals stay exact as Decimal128.
 */
public final class Documents {

    private Documents() {
    }

    public static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
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
