package org.sobujang.query.national;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Binds {@code sobujang.disclosure.*}; missing values fall back to risk-model.md §2's defaults. */
@ConfigurationProperties("sobujang.disclosure")
public record DisclosureProperties(Integer minBuyers, BigDecimal maxBuyerWeightShare) {

    public DisclosureControl toControl() {
        return new DisclosureControl(
                minBuyers != null ? minBuyers : DisclosureControl.DEFAULTS.minBuyers(),
                maxBuyerWeightShare != null ? maxBuyerWeightShare : DisclosureControl.DEFAULTS.maxBuyerWeightShare());
    }
}
