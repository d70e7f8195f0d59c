package org.sobujang.query.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * risk-model.md §3's weights and match values from configuration ({@code sobujang.matching.*} in
 * query-service.yml); the defaults are the documented ones the tests pin.
 */
@ConfigurationProperties("sobujang.matching")
public record MatchingProperties(@DefaultValue("0.40") double matchWeight,
                                 @DefaultValue("0.25") double readinessWeight,
                                 @DefaultValue("0.20") double stageWeight,
                                 @DefaultValue("0.15") double capacityWeight,
                                 @DefaultValue("1.0") double sameComponent,
                                 @DefaultValue("0.6") double sameSixDigits,
                                 @DefaultValue("0.3") double sameFourDigits,
                                 @DefaultValue("0.5") double declaredCapacity) {

    MatchingParameters parameters() {
        return new MatchingParameters(matchWeight, readinessWeight, stageWeight, capacityWeight, sameComponent,
                sameSixDigits, sameFourDigits, declaredCapacity);
    }
}
