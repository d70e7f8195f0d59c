package org.sobujang.query.eventsource;

import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.sobujang.api.firm.FirmCapabilityDeclaredUpcaster;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The upcasters of earlier stored event versions, for the projections (Axon's Spring Boot support puts every
 * upcaster bean in the chain the storage engine reads through). An auto-configuration so that in the embedded
 * default, where the command side has registered them already, they are not registered twice.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class EventUpcastersAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public FirmCapabilityDeclaredUpcaster firmCapabilityDeclaredUpcaster() {
        return new FirmCapabilityDeclaredUpcaster();
    }
}
