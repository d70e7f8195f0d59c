package org.sobujang.api.partnership;

/** Qualification stages in order; {@code TERMINATED} can follow any non-final stage. */
public enum PartnershipStage {
    AGREED, DEVELOPMENT, PROTOTYPE, RELIABILITY_EVALUATION, PRODUCTION_EVALUATION, MASS_PRODUCTION, TERMINATED
}
