package org.sobujang.query.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sobujang.query.web.ClientErrors;
import org.springframework.stereotype.Component;

/**
 * The roles × operations table of docs/security.md for the queries. Every decision is taken from the caller and the
 * arguments alone, before anything is looked up, so an unknown firm and another firm get the same FORBIDDEN answer.
 * ADMIN reads of firm-level data are audited.
 */
@Component
public class AccessPolicy {

    /** Which firm-scoped entries or partnerships a caller sees. {@code firmId} null with {@code all} false: none. */
    public record Scope(boolean all, String firmId) {

        public static final Scope ALL = new Scope(true, null);
        public static final Scope NONE = new Scope(false, null);

        public boolean covers(String firm) {
            return all || (firmId != null && firmId.equals(firm));
        }
    }

    private final Audit audit;

    public AccessPolicy(Audit audit) {
        this.audit = audit;
    }

    /**
     * The decision for {@code operation} ({@link Authorized}): throws FORBIDDEN, or returns what the caller may see
     * ({@link Scope#ALL} for the rules that grant all or nothing).
     */
    public Scope decide(QueryOperation operation, Caller caller, Map<String, ?> arguments) {
        String firm = operation.firmArgument() == null ? null : (String) arguments.get(operation.firmArgument());
        return switch (operation.rule()) {
            case BUYER_DATA -> {
                buyerData(caller, operation.fieldName(), firm, arguments);
                yield Scope.ALL;
            }
            case SUPPLIER_MATCHES -> {
                supplierMatches(caller, firm, arguments);
                yield Scope.ALL;
            }
            case NATIONAL_FIGURES -> {
                nationalFigures(caller, operation.fieldName());
                yield Scope.ALL;
            }
            case PARTNERSHIPS -> partnerships(caller, arguments);
            case HISTORY -> history(caller, arguments);
        };
    }

    /** dependencyRisk, riskRanking, sourcingPlan: the buyer's own PROCUREMENT clients, or ADMIN (audited). */
    void buyerData(Caller caller, String operation, String buyerId, Map<String, ?> arguments) {
        if (caller.actsFor(Caller.PROCUREMENT, buyerId)) {
            return;
        }
        if (caller.isAdmin()) {
            audit.adminRead(caller, operation, arguments);
            return;
        }
        throw denied(operation);
    }

    /**
     * domesticSupplierMatches: with a buyer, that buyer's PROCUREMENT or PARTNERSHIP clients (the answer compares
     * against its volume); without one, PROCUREMENT, PARTNERSHIP and STEWARD. ADMIN either way (audited).
     */
    void supplierMatches(Caller caller, String buyerId, Map<String, ?> arguments) {
        boolean allowed = buyerId == null
                ? caller.has(Caller.PROCUREMENT) || caller.has(Caller.PARTNERSHIP) || caller.has(Caller.STEWARD)
                : caller.actsFor(Caller.PROCUREMENT, buyerId) || caller.actsFor(Caller.PARTNERSHIP, buyerId);
        if (allowed) {
            return;
        }
        if (caller.isAdmin()) {
            audit.adminRead(caller, "domesticSupplierMatches", arguments);
            return;
        }
        throw denied("domesticSupplierMatches");
    }

    /** partnerships: ADMIN all (audited); PARTNERSHIP clients of a firm those it is buyer or supplier of. */
    Scope partnerships(Caller caller, Map<String, ?> arguments) {
        if (caller.isAdmin()) {
            audit.adminRead(caller, "partnerships", arguments);
            return Scope.ALL;
        }
        if (caller.has(Caller.PARTNERSHIP) && caller.firmId() != null) {
            return new Scope(false, caller.firmId());
        }
        throw denied("partnerships");
    }

    /** nationalRisk, localizationProgress, importDependence: pooled national figures for ANALYST and ADMIN. */
    void nationalFigures(Caller caller, String operation) {
        if (!caller.has(Caller.ANALYST) && !caller.isAdmin()) {
            throw denied(operation);
        }
    }

    /**
     * componentHistory: everyone sees public entries; PROCUREMENT and PARTNERSHIP clients of a firm also that firm's
     * sourcing and partnerships; ADMIN all (audited).
     */
    Scope history(Caller caller, Map<String, ?> arguments) {
        if (caller.isAdmin()) {
            audit.adminRead(caller, "componentHistory", arguments);
            return Scope.ALL;
        }
        if ((caller.has(Caller.PROCUREMENT) || caller.has(Caller.PARTNERSHIP)) && caller.firmId() != null) {
            return new Scope(false, caller.firmId());
        }
        return Scope.NONE;
    }

    /** Name, value pairs in order, for the audit log; values may be null, which Map.of refuses. */
    public static Map<String, Object> arguments(Object... pairs) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            arguments.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return arguments;
    }

    private static ClientErrors.Forbidden denied(String operation) {
        // Names neither the firm nor whether it exists: the same text for every refusal of this operation.
        return new ClientErrors.Forbidden("Access denied: this client may not run " + operation
                                          + " with these arguments");
    }
}
