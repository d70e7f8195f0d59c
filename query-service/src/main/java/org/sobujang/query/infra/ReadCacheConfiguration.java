package org.sobujang.query.infra;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * With {@code sobujang.read-cache.enabled=true} the application's {@link MongoTemplate} is a
 * {@link CachingMongoTemplate} (Spring Boot's own template backs off); without it nothing changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadCacheProperties.class)
public class ReadCacheConfiguration {

    @Bean
    @ConditionalOnProperty(name = "sobujang.read-cache.enabled", havingValue = "true")
    public MongoTemplate mongoTemplate(MongoDatabaseFactory factory, MongoConverter converter,
                                       ReadCacheProperties properties, ObjectProvider<MeterRegistry> registry) {
        CachingMongoTemplate template = new CachingMongoTemplate(factory, converter, properties.maxDocuments());
        registry.ifAvailable(r -> CaffeineCacheMetrics.monitor(r,
                (com.github.benmanes.caffeine.cache.Cache<?, ?>) template.cache(), "readStore"));
        return template;
    }

    /**
     * Warms what the features declare they read per request by id ({@link DocumentsReadById}). Histories, trade
     * statistics and partnerships in full are read by fewer, larger queries and are left to fill as they are read.
     */
    @Bean
    @ConditionalOnProperty(name = "sobujang.read-cache.enabled", havingValue = "true")
    public ReadCacheWarmer readCacheWarmer(MongoTemplate template, ReadCacheProperties properties,
                                           ObjectProvider<DocumentsReadById> features) {
        List<ReadCacheWarmer.Target> targets = properties.warmUp()
                ? features.orderedStream().flatMap(feature -> feature.readById().stream()).toList()
                : List.of();
        return new ReadCacheWarmer((CachingMongoTemplate) template, targets, properties.warmUpEvery());
    }
}
