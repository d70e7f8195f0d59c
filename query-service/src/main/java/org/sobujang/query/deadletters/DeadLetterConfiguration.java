package org.sobujang.query.deadletters;

import java.util.LinkedHashSet;
import java.util.Set;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.sobujang.query.positions.NodeIdentity;
import org.sobujang.query.positions.StreamingProcessors;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A dead-letter queue per processing group, kept in the read store beside the group's tracking tokens and read
 * models (collection {@value #COLLECTION}): an event a projection cannot handle is parked there
 * ({@link ProjectionFailurePolicy}) instead of halting its segment for every other firm's events. A reset of a
 * processor clears its queue, since the replay meets the same events again.
 */
@Configuration
public class DeadLetterConfiguration {

    public static final String COLLECTION = "deadletters";

    @Autowired
    void configureDeadLetters(EventProcessingConfigurer configurer, ListableBeanFactory beans, MongoClient client,
                              @Value("${spring.data.mongodb.database:sobujang}") String database, NodeIdentity node) {
        DefaultMongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(client, database).build()
                                                            .withDeadLetterCollection(COLLECTION);
        configurer.registerDeadLetterQueueProvider(group -> config -> MongoSequencedDeadLetterQueue.builder()
                .processingGroup(group)
                .mongoTemplate(template)
                .serializer(config.eventSerializer())
                .transactionManager(NoTransactionManager.instance())
                .build());
        ProjectionFailurePolicy policy = new ProjectionFailurePolicy(node.id());
        configurer.registerDefaultDeadLetterPolicy(config -> policy);
        for (String group : processingGroups(beans)) {
            configurer.registerDeadLetteringEventHandlerInvokerConfiguration(
                    group, (config, invoker) -> invoker.allowReset(true)
                                                       .enableSequenceIdentifierCache()
                                                       .transactionManager(NoTransactionManager.instance()));
        }
    }

    /** The groups of this context's projections, read from their bean definitions (none is created here). */
    private static Set<String> processingGroups(ListableBeanFactory beans) {
        Set<String> groups = new LinkedHashSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        return groups;
    }

    @Bean
    public DeadLetters deadLetters(EventProcessingConfiguration configuration, StreamingProcessors processors) {
        return new DeadLetters(configuration, processors);
    }

    @Bean
    DeadLettersHealthIndicator deadLettersHealthIndicator(DeadLetters deadLetters) {
        return new DeadLettersHealthIndicator(deadLetters);
    }

    @Bean
    DeadLetterMetrics deadLetterMetrics(MeterRegistry registry, DeadLetters deadLetters) {
        return new DeadLetterMetrics(registry, deadLetters);
    }
}
