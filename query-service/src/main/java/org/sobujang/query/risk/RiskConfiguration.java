package org.sobujang.query.risk;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Registers this feature's own settings: risk-model.md §1's weights, mitigation and levels ({@code sobujang.risk.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RiskProperties.class)
class RiskConfiguration {
}
