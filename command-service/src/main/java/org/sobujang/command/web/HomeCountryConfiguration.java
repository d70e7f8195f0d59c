package org.sobujang.command.web;

import org.sobujang.command.HomeCountry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeCountryConfiguration {

    @Bean
    HomeCountry homeCountry(CommandSettings settings) {
        return new HomeCountry(settings.homeCountry());
    }
}
