package org.sobujang.query.processors;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.sobujang.query.positions.EventPositions;
import org.sobujang.query.positions.NodeIdentity;
import org.sobujang.query.positions.StoredTokens;
import org.sobujang.query.positions.StreamingProcessors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Running the projections across several instances: balancing, positions, health, metrics and administration. */
@Configuration
@EnableConfigurationProperties(ProjectionProperties.class)
class ProcessorOperationsConfiguration {

    @Bean
    NodeRegistry nodeRegistry(MongoTemplate mongoTemplate, NodeIdentity node, ProjectionProperties properties) {
        return new NodeRegistry(mongoTemplate, node, properties.liveness(), Clock.systemUTC());
    }

    @Bean
    SegmentBalancer segmentBalancer(StreamingProcessors processors, TokenStore tokenStore, NodeRegistry nodes) {
        return new SegmentBalancer(processors, tokenStore, nodes);
    }

    @Bean
    ProcessorPositions processorPositions(StreamingProcessors processors, StoredTokens storedTokens) {
        return new ProcessorPositions(processors, storedTokens);
    }

    @Bean
    ProjectionLagMonitor projectionLagMonitor(EventPositions events, ProcessorPositions positions) {
        return new ProjectionLagMonitor(events, positions);
    }

    @Bean
    ProjectionsHealthIndicator projectionsHealthIndicator(ProjectionLagMonitor monitor,
                                                          ProjectionProperties properties) {
        return new ProjectionsHealthIndicator(monitor, properties.maxReadyLag());
    }

    @Bean
    ProjectionLagMetrics projectionLagMetrics(MeterRegistry registry, StreamingProcessors processors,
                                              ProjectionLagMonitor monitor) {
        return new ProjectionLagMetrics(registry, processors, monitor);
    }

    @Bean
    ProcessorAdmin processorAdmin(StreamingProcessors processors, StoredTokens storedTokens, NodeIdentity node) {
        return new ProcessorAdmin(processors, storedTokens, node, Clock.systemUTC());
    }
}
