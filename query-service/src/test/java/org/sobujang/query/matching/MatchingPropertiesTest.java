package org.sobujang.query.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** §3's weights are configuration: the defaults are the documented ones, and a deployment can change them. */
class MatchingPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(MatchingProperties.class)
    static class Binding {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Binding.class);

    @Test
    void withoutConfigurationTheDocumentedWeightsApply() {
        context.run(c -> assertThat(c.getBean(MatchingProperties.class).parameters())
                .isEqualTo(MatchingParameters.DEFAULTS));
    }

    @Test
    void configuredWeightsReachTheMatcher() {
        context.withPropertyValues("sobujang.matching.match-weight=0.5", "sobujang.matching.capacity-weight=0.05",
                                   "sobujang.matching.same-four-digits=0.1")
               .run(c -> {
                   MatchingParameters parameters = c.getBean(MatchingProperties.class).parameters();
                   assertThat(parameters.matchWeight()).isEqualTo(0.5);
                   assertThat(parameters.capacityWeight()).isEqualTo(0.05);
                   assertThat(parameters.sameFourDigits()).isEqualTo(0.1);
                   assertThat(parameters.readinessWeight()).isEqualTo(0.25);
               });
    }
}
