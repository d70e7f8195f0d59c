package org.sobujang.query.infra;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.sobujang.query.component.ComponentDocument;
import org.sobujang.query.coreitems.CoreItemListDocument;
import org.sobujang.query.firm.ComponentCapabilitiesDocument;
import org.sobujang.query.firm.FirmDocument;
import org.sobujang.query.partnership.ComponentPartnershipsDocument;
import org.sobujang.query.sourcing.BuyerPlansDocument;
import org.sobujang.query.sourcing.ComponentPlansDocument;
import org.sobujang.query.sourcing.SourcingPlanDocument;
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
     * The read models' documents in the shapes their readers ask for (whole documents, and firms' countries alone):
     * those read per request by id. Histories, trade statistics and partnerships in full are read by fewer, larger
     * queries and are left to fill as they are read.
     */
    @Bean
    @ConditionalOnProperty(name = "sobujang.read-cache.enabled", havingValue = "true")
    public ReadCacheWarmer readCacheWarmer(MongoTemplate template, ReadCacheProperties properties) {
        List<ReadCacheWarmer.Target> targets = properties.warmUp()
                ? List.of(whole(SourcingPlanDocument.COLLECTION, SourcingPlanDocument.class),
                          whole(ComponentPlansDocument.COLLECTION, ComponentPlansDocument.class),
                          whole(BuyerPlansDocument.COLLECTION, BuyerPlansDocument.class),
                          whole(ComponentDocument.COLLECTION, ComponentDocument.class),
                          whole(ComponentCapabilitiesDocument.COLLECTION, ComponentCapabilitiesDocument.class),
                          whole(ComponentPartnershipsDocument.COLLECTION, ComponentPartnershipsDocument.class),
                          whole(FirmDocument.COLLECTION, FirmDocument.class),
                          new ReadCacheWarmer.Target(FirmDocument.COLLECTION, FirmDocument.class,
                                                     List.of("country")),
                          whole(CoreItemListDocument.COLLECTION, CoreItemListDocument.class))
                : List.of();
        return new ReadCacheWarmer((CachingMongoTemplate) template, targets, properties.warmUpEvery());
    }

    private static ReadCacheWarmer.Target whole(String collection, Class<?> type) {
        return new ReadCacheWarmer.Target(collection, type, null);
    }
}
