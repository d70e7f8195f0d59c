package org.sobujang.query.positions;

import java.util.List;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads positions from the event table in the names of Axon's default JDBC event schema. */
public class JdbcEventPositions implements EventPositions {

    private final JdbcTemplate jdbc;

    public JdbcEventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalLong globalIndexOf(String eventIdentifier) {
        List<Long> found = jdbc.queryForList("SELECT globalIndex FROM domainevententry WHERE eventIdentifier = ?",
                Long.class, eventIdentifier);
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
    }

    @Override
    public OptionalLong head() {
        Long max = jdbc.queryForObject("SELECT max(globalIndex) FROM domainevententry", Long.class);
        return max == null ? OptionalLong.empty() : OptionalLong.of(max);
    }
}
