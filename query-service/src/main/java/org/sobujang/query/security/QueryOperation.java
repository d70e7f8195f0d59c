package org.sobujang.query.security;

/**
 * The queries that read firm-level or national data, each with the rule of docs/security.md that governs it and the
 * argument naming the firm the rule is about (if any). Declared on the resolver with {@link Authorized}; decided by
 * {@link AccessPolicy} alone.
 */
public enum QueryOperation {

    DEPENDENCY_RISK("dependencyRisk", Rule.BUYER_DATA, "buyerId"),
    RISK_RANKING("riskRanking", Rule.BUYER_DATA, "buyerId"),
    SOURCING_PLAN("sourcingPlan", Rule.BUYER_DATA, "buyerId"),
    DOMESTIC_SUPPLIER_MATCHES("domesticSupplierMatches", Rule.SUPPLIER_MATCHES, "buyerId"),
    PARTNERSHIPS("partnerships", Rule.PARTNERSHIPS, null),
    COMPONENT_HISTORY("componentHistory", Rule.HISTORY, null),
    NATIONAL_RISK("nationalRisk", Rule.NATIONAL_FIGURES, null),
    LOCALIZATION_PROGRESS("localizationProgress", Rule.NATIONAL_FIGURES, null),
    IMPORT_DEPENDENCE("importDependence", Rule.NATIONAL_FIGURES, null);

    /** The rules of docs/security.md's roles × operations table. */
    public enum Rule {
        /** The buyer's own PROCUREMENT clients, or ADMIN (audited). */
        BUYER_DATA,
        /** With a buyer, its PROCUREMENT or PARTNERSHIP clients; without, PROCUREMENT, PARTNERSHIP, STEWARD; ADMIN. */
        SUPPLIER_MATCHES,
        /** A scope: ADMIN all (audited); PARTNERSHIP clients those of their firm. */
        PARTNERSHIPS,
        /** A scope: public entries for all; a firm's own for its PROCUREMENT and PARTNERSHIP clients; ADMIN all. */
        HISTORY,
        /** Pooled national figures: ANALYST and ADMIN. */
        NATIONAL_FIGURES
    }

    private final String fieldName;
    private final Rule rule;
    private final String firmArgument;

    QueryOperation(String fieldName, Rule rule, String firmArgument) {
        this.fieldName = fieldName;
        this.rule = rule;
        this.firmArgument = firmArgument;
    }

    /** The Query field, as refusals and the audit log name it. */
    public String fieldName() {
        return fieldName;
    }

    public Rule rule() {
        return rule;
    }

    /** The argument naming the firm the rule is about, or null. */
    public String firmArgument() {
        return firmArgument;
    }
}
