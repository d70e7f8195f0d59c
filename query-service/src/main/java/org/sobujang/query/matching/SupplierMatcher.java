package org.sobujang.query.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.query.risk.DependencyRiskModel;

/** Domestic supplier matches for a component, exactly as risk-model.md §3 defines them. */
public final class SupplierMatcher {

    /** STG of each stage; TERMINATED partnerships are no candidates and have no value. */
    static final Map<PartnershipStage, Double> STAGE_VALUES = new EnumMap<>(Map.of(
            PartnershipStage.AGREED, 0.2,
            PartnershipStage.DEVELOPMENT, 0.4,
            PartnershipStage.PROTOTYPE, 0.6,
            PartnershipStage.RELIABILITY_EVALUATION, 0.7,
            PartnershipStage.PRODUCTION_EVALUATION, 0.85,
            PartnershipStage.MASS_PRODUCTION, 1.0));

    public static final Comparator<SupplierMatch> ORDER =
            Comparator.comparingDouble(SupplierMatch::score).reversed()
                      .thenComparing(SupplierMatch::supplierName)
                      .thenComparing(SupplierMatch::supplierId);

    private final MatchingParameters parameters;

    public SupplierMatcher(MatchingParameters parameters) {
        this.parameters = parameters;
    }

    public List<SupplierMatch> match(MatchingInput input) {
        Set<String> candidates = new LinkedHashSet<>();
        input.capabilities().stream()
             .filter(c -> similarity(input, c) > 0)
             .forEach(c -> candidates.add(c.firmId()));
        input.stages().forEach((firm, stages) -> {
            if (stages.stream().anyMatch(s -> s != PartnershipStage.TERMINATED)) {
                candidates.add(firm);
            }
        });
        List<SupplierMatch> matches = new ArrayList<>();
        for (String firmId : candidates) {
            MatchingInput.Firm firm = input.firms().get(firmId);
            if (firm == null || firmId.equals(input.buyerId()) || !input.homeCountry().equals(firm.country())) {
                continue;
            }
            matches.add(score(input, firm));
        }
        matches.sort(ORDER);
        return matches;
    }

    private SupplierMatch score(MatchingInput input, MatchingInput.Firm firm) {
        List<String> reasons = new ArrayList<>();
        List<MatchingInput.Capability> capabilities = input.capabilities().stream()
                .filter(c -> c.firmId().equals(firm.id()) && similarity(input, c) > 0)
                .sorted(Comparator.comparingDouble((MatchingInput.Capability c) -> similarity(input, c)).reversed()
                                  .thenComparing(Comparator.comparingInt(
                                          MatchingInput.Capability::technologyReadiness).reversed()))
                .toList();
        Optional<MatchingInput.Capability> best = capabilities.stream().findFirst();
        Optional<PartnershipStage> stage = input.stages().getOrDefault(firm.id(), List.of()).stream()
                .filter(s -> s != PartnershipStage.TERMINATED)
                .max(Comparator.naturalOrder());

        double m = Math.max(best.map(c -> similarity(input, c)).orElse(0.0),
                stage.isPresent() ? parameters.sameComponent() : 0.0);
        Optional<MatchingInput.Capability> mostReady = capabilities.stream()
                .max(Comparator.comparingInt(MatchingInput.Capability::technologyReadiness));
        Integer trl = mostReady.map(MatchingInput.Capability::technologyReadiness).orElse(null);
        best.ifPresent(c -> reasons.add(capabilityReason(input, c)));
        // The TRL term may come from a less similar capability; say so rather than credit the best one with it.
        mostReady.filter(c -> c.technologyReadiness() > best.get().technologyReadiness())
                 .ifPresent(c -> reasons.add(capabilityReason(input, c)));
        stage.ifPresent(s -> reasons.add("partnership at " + s.name()));
        double stg = stage.map(STAGE_VALUES::get).orElse(0.0);
        double cap = best.map(c -> capacity(input, c, reasons)).orElse(0.0);

        double raw = parameters.matchWeight() * m
                     + parameters.readinessWeight() * (trl == null ? 0 : trl) / 9.0
                     + parameters.stageWeight() * stg
                     + parameters.capacityWeight() * cap;
        return new SupplierMatch(firm.id(), firm.name(), DependencyRiskModel.roundHalfUp(100 * raw), reasons, trl,
                stage.orElse(null));
    }

    /** M of one capability: the component itself, or a component sharing its first 6 or 4 HS digits. */
    private double similarity(MatchingInput input, MatchingInput.Capability capability) {
        if (capability.componentId().equals(input.componentId())) {
            return parameters.sameComponent();
        }
        if (sharesPrefix(input.hsCode(), capability.hsCode(), 6)) {
            return parameters.sameSixDigits();
        }
        if (sharesPrefix(input.hsCode(), capability.hsCode(), 4)) {
            return parameters.sameFourDigits();
        }
        return 0;
    }

    private static boolean sharesPrefix(String a, String b, int digits) {
        return a != null && b != null && a.length() >= digits && b.length() >= digits
               && a.regionMatches(0, b, 0, digits);
    }

    private String capabilityReason(MatchingInput input, MatchingInput.Capability capability) {
        int trl = capability.technologyReadiness();
        if (capability.componentId().equals(input.componentId())) {
            return "capability for this component, TRL " + trl;
        }
        int digits = sharesPrefix(input.hsCode(), capability.hsCode(), 6) ? 6 : 4;
        return "capability for a component with the same first " + digits + " HS digits ("
               + capability.hsCode().substring(0, digits) + "), TRL " + trl;
    }

    /**
     * CAP of the best-matching capability. Only the asking buyer's own volume is ever compared or shown, so the
     * reason speaks of "your" volume and nobody else's.
     */
    private double capacity(MatchingInput input, MatchingInput.Capability capability, List<String> reasons) {
        BigDecimal capacity = capability.annualCapacity();
        if (capacity == null) {
            return 0;
        }
        BigDecimal volume = input.buyerVolume();
        if (volume != null && volume.signum() > 0 && capacity.signum() >= 0
            && capability.unit() != null && capability.unit().equals(input.buyerUnit())) {
            BigDecimal covered = capacity.divide(volume, MathContext.DECIMAL64).min(BigDecimal.ONE);
            reasons.add("capacity covers " + covered.movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                        + " % of your annual volume");
            return covered.doubleValue();
        }
        reasons.add("declared capacity " + capacity.stripTrailingZeros().toPlainString()
                    + (capability.unit() == null ? "" : " " + capability.unit()) + " per year");
        return parameters.declaredCapacity();
    }
}
