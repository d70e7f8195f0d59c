package org.sobujang.query.consistency;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.sobujang.query.positions.EventPositions;
import org.sobujang.query.processors.ProcessorPositions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Bean(destroyMethod = "close")
    CoverageWaiters coverageWaiters(ProjectionCoverage coverage, ConsistencyProperties properties) {
        return new CoverageWaiters(coverage, properties.pollInterval());
    }

    /**
     * Waiting queries are looked at once a processor in this process has finished a batch: in the clean-up phase,
     * which Axon runs after the commit and after the processor has moved the segment's position on.
     */
    @Autowired
    void signalAfterBatches(EventProcessingConfigurer configurer, ObjectProvider<CoverageWaiters> waiters) {
        // a provider: this configuration defines the waiters itself
        configurer.registerDefaultHandlerInterceptor((config, processor) -> (unitOfWork, chain) -> {
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isFirstMessage()) {
                unitOfWork.onCleanup(u -> waiters.getObject().signal());
            }
            return chain.proceed();
        });
    }

    @Bean
    ConsistencyTokenInterceptor consistencyTokenInterceptor(EventPositions events, CoverageWaiters waiters,
                                                            ConsistencyProperties properties) {
        return new ConsistencyTokenInterceptor(events, waiters, properties);
    }
}
