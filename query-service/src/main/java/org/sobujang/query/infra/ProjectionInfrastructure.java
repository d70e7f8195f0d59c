package org.sobujang.query.infra;

import com.mongodb.client.MongoClient;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tracking tokens live in the read store beside the read models they describe, so an unclean stop cannot leave a
 * read model behind or ahead of its token. Failures in a projection propagate: the segment is released and the
 * event retried, instead of Axon's default of logging and skipping it.
 */
@Configuration
public class ProjectionInfrastructure {

    @Bean
    public TokenStore tokenStore(MongoClient mongoClient,
                                 @Value("${spring.data.mongodb.database:sobujang}") String database,
                                 @Qualifier("serializer") Serializer serializer) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                 .mongoDatabase(mongoClient, database)
                                                                 .build())
                              .serializer(serializer)
                              .build();
    }

    @Autowired
    public void configureProcessing(EventProcessingConfigurer configurer) {
        configurer.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
