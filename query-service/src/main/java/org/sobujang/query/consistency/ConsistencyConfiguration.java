package org.sobujang.query.consistency;

import org.sobujang.query.infra.EventPositions;
import org.sobujang.query.processors.ProcessorPositions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ConsistencyProperties.class)
class ConsistencyConfiguration {

    @Bean
    ProjectionCoverage projectionCoverage(ProcessorPositions positions) {
        return new ProjectionCoverage(positions);
    }

    @Bean
    ConsistencyTokenInterceptor consistencyTokenInterceptor(EventPositions events, ProjectionCoverage coverage,
                                                            ConsistencyProperties properties) {
        return new ConsistencyTokenInterceptor(events, coverage, properties);
    }
}
