package org.sobujang.query.risk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Binds {@code sobujang.risk.*}; the model itself only sees the resulting {@link RiskParameters}. */
@ConfigurationProperties("sobujang.risk")
public record RiskProperties(Weights weights, double alternativeMitigationPerFirm, int alternativeMitigationMaxFirms,
                             Levels levels) {

    public record Weights(double restrictedShare, double foreignDependence, double countryConcentration,
                          double supplierConcentration, double singleSource) {
    }

    public record Levels(double medium, double high, double critical) {
    }

    public RiskParameters toParameters() {
        return new RiskParameters(weights.restrictedShare(), weights.foreignDependence(),
                weights.countryConcentration(), weights.supplierConcentration(), weights.singleSource(),
                alternativeMitigationPerFirm, alternativeMitigationMaxFirms,
                levels.medium(), levels.high(), levels.critical());
    }
}
