package org.sobujang.query.positions;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An auto-configuration rather than a plain configuration so the condition sees every DataSource, the embedded
 * launcher's own included: only then is "is there an event store to ask?" answered reliably.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
public class EventPositionsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(EventPositions.class)
    public EventPositions eventPositions(DataSource dataSource) {
        return new JdbcEventPositions(new JdbcTemplate(dataSource));
    }
}
