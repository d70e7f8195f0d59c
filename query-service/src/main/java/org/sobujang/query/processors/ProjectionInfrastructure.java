package org.sobujang.query.processors;

import java.time.Duration;

import com.mongodb.client.MongoClient;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.sobujang.query.eventsource.EventArrivals;
import org.sobujang.query.eventsource.PromptMessageSource;
import org.sobujang.query.positions.NodeIdentity;
import org.sobujang.query.positions.StoredTokens;
import org.sobujang.query.positions.StreamingProcessors;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tracking tokens live in the read store beside the read models they describe, so an unclean stop cannot leave a
 * read model behind or ahead of its token. Failures in a projection propagate: the segment is released and the
 * event retried, instead of Axon's default of logging and skipping it.
 */
@Configuration
@EnableScheduling
public class ProjectionInfrastructure {

    /** After this long without an update a peer's claim is taken over (MongoTokenStore's own default). */
    public static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    /**
     * How often an idle or uninvolved segment writes its token (Axon's default is 5 s). Read-your-writes waits on
     * every segment's stored token, including those of segments a peer owns that have nothing to do for an event;
     * with 5 s such a wait would take as long as its timeout.
     */
    static final Duration TOKEN_REFRESH = Duration.ofSeconds(1);

    @Bean
    public NodeIdentity nodeIdentity() {
        return NodeIdentity.generate();
    }

    @Bean
    public TokenStore tokenStore(MongoClient mongoClient,
                                 @Value("${spring.data.mongodb.database:sobujang}") String database,
                                 @Qualifier("serializer") Serializer serializer,
                                 NodeIdentity node) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                 .mongoDatabase(mongoClient, database)
                                                                 .build())
                              .serializer(serializer)
                              .nodeId(node.id())
                              .claimTimeout(CLAIM_TIMEOUT)
                              .build();
    }

    @Bean
    public StoredTokens storedTokens(MongoTemplate mongoTemplate, @Qualifier("serializer") Serializer serializer) {
        return new StoredTokens(mongoTemplate, serializer);
    }

    @Bean
    public StreamingProcessors streamingProcessors(EventProcessingConfiguration configuration) {
        return new StreamingProcessors(configuration);
    }

    /**
     * When the processors' streams look for new events: when the store's head moves (read every
     * {@code sobujang.projections.fetch-delay}) and, at once, after a commit of events in this process.
     */
    @Bean(destroyMethod = "close")
    public EventArrivals eventArrivals(EventStorageEngine storageEngine, EventBus eventBus,
                                       @Value("${sobujang.projections.fetch-delay:25ms}") Duration interval) {
        EventArrivals arrivals = new EventArrivals(storageEngine::createHeadToken, interval);
        // subscribers see events while their unit of work prepares to commit: wake the streams once it has
        eventBus.subscribe(events -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(u -> arrivals.signal());
            } else {
                arrivals.signal();
            }
        });
        return arrivals;
    }

    @Autowired
    public void configureProcessing(EventProcessingConfigurer configurer, ObjectProvider<EventStorageEngine> storageEngine,
                                    ObjectProvider<EventArrivals> arrivals,
                                    @Value("${sobujang.projections.batch-window:20ms}") Duration batchWindow) {
        configurer.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
        // one bulk write per collection and batch instead of a round trip per event and projection
        configurer.registerDefaultHandlerInterceptor((config, processor) -> ProjectionWrites.interceptor());
        // events reach the processors as soon as they are committed, not at the coordinator's next 500 ms look
        configurer.registerPooledStreamingEventProcessorConfiguration(
                (config, builder) -> builder.claimExtensionThreshold(TOKEN_REFRESH.toMillis())
                                            .messageSource(new PromptMessageSource(storageEngine.getObject(),
                                                                                   arrivals.getObject(),
                                                                                   batchWindow)));
    }
}
