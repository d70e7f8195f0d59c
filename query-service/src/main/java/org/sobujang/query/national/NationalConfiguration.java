package org.sobujang.query.national;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers this feature's own settings: risk-model.md §2's disclosure control ({@code sobujang.disclosure.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisclosureProperties.class)
class NationalConfiguration {
}
