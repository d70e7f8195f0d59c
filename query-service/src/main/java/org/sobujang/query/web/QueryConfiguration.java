package org.sobujang.query.web;

import org.sobujang.query.national.DisclosureProperties;
import org.sobujang.query.risk.RiskProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({SobujangProperties.class, RiskProperties.class, DisclosureProperties.class})
class QueryConfiguration {
}
