package org.sobujang.query.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings every feature reads; each feature registers its own beside it (e.g. RiskProperties). */
@Configuration
@EnableConfigurationProperties(SobujangProperties.class)
class QueryConfiguration {
}
