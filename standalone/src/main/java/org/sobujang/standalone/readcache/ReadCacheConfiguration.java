package org.sobujang.standalone.readcache;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.sobujang.query.readstore.DerivedAnswers;
import org.sobujang.query.readstore.DocumentsReadById;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * The embedded default's read cache, for its slow embedded read store: with {@code sobujang.read-cache.enabled=true}
 * (set in embedded.yml) the application's {@link MongoTemplate} is a {@link CachingMongoTemplate} (Spring Boot's own
 * template backs off), the read models' per-request documents are kept warm ({@link ReadCacheWarmer}) and the query
 * side's derived answers are kept while their documents are unchanged ({@link CachedDocumentAnswers}). Without it
 * nothing changes. The query service knows nothing of it: it only declares what it reads by id
 * ({@link DocumentsReadById}) and what its answers are derived from ({@link DerivedAnswers}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadCacheProperties.class)
@ConditionalOnProperty(name = "sobujang.read-cache.enabled", havingValue = "true")
public class ReadCacheConfiguration {

    @Bean
    public CachingMongoTemplate mongoTemplate(MongoDatabaseFactory factory, MongoConverter converter,
                                              ReadCacheProperties properties, ObjectProvider<MeterRegistry> registry) {
        CachingMongoTemplate template = new CachingMongoTemplate(factory, converter, properties.maxDocuments());
        registry.ifAvailable(r -> CaffeineCacheMetrics.monitor(r,
                (com.github.benmanes.caffeine.cache.Cache<?, ?>) template.cache(), "readStore"));
        return template;
    }

    @Bean
    public DerivedAnswers cachedDocumentAnswers(CachingMongoTemplate template, ObjectProvider<MeterRegistry> registry) {
        return new CachedDocumentAnswers(template, registry.getIfAvailable());
    }

    /**
     * Warms what the features declare they read per request by id ({@link DocumentsReadById}). Histories, trade
     * statistics and partnerships in full are read by fewer, larger queries and are left to fill as they are read.
     */
    @Bean
    public ReadCacheWarmer readCacheWarmer(CachingMongoTemplate template, ReadCacheProperties properties,
                                           ObjectProvider<DocumentsReadById> features) {
        List<DocumentsReadById.Target> targets = properties.warmUp()
                ? features.orderedStream().flatMap(feature -> feature.readById().stream()).toList()
                : List.of();
        return new ReadCacheWarmer(template, targets, properties.warmUpEvery());
    }
}
