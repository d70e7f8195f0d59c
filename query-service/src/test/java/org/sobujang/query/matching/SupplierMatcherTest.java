package org.sobujang.query.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sobujang.api.partnership.PartnershipStage;

/** Pins risk-model.md §3: candidates, the score formula, reasons and order. Component "hf" has HS 2811110000. */
class SupplierMatcherTest {

    private static final String HF = "2811110000";
    private final SupplierMatcher matcher = new SupplierMatcher(MatchingParameters.DEFAULTS);
    private final List<MatchingInput.Capability> capabilities = new ArrayList<>();
    private final Map<String, List<PartnershipStage>> stages = new HashMap<>();
    private final Map<String, MatchingInput.Firm> firms = new HashMap<>(Map.of(
            "skm", new MatchingInput.Firm("skm", "SK Materials", "KR"),
            "soulbrain", new MatchingInput.Firm("soulbrain", "Soulbrain", "KR"),
            "foosung", new MatchingInput.Firm("foosung", "Foosung", "KR"),
            "stella", new MatchingInput.Firm("stella", "Stella Chemifa", "JP"),
            "samsung", new MatchingInput.Firm("samsung", "Samsung Electronics", "KR")));

    /**
     * One candidate each: capability as "componentId:hsCode:TRL[:capacity unit]", stages as names; buyer volume as
     * "volume unit" or null. Expected score and reasons.
     */
    static Stream<Arguments> scores() {
        return Stream.of(
                Arguments.of("capability on c, TRL 9, no capacity, no partnership",
                        "hf:" + HF + ":9", List.of(), null,
                        // 100 × (0.40 + 0.25) = 65
                        65.0, List.of("capability for this component, TRL 9")),
                Arguments.of("capability on c, TRL 8, capacity covering 60 % of the buyer's volume",
                        "hf:" + HF + ":8:600 t", List.of(PartnershipStage.PRODUCTION_EVALUATION), "1000 t",
                        // 100 × (0.40 + 0.25 × 8/9 + 0.20 × 0.85 + 0.15 × 0.6) = 88.2
                        88.2, List.of("capability for this component, TRL 8", "partnership at PRODUCTION_EVALUATION",
                                "capacity covers 60 % of your annual volume")),
                Arguments.of("capacity above the volume counts as 1",
                        "hf:" + HF + ":9:5000 t", List.of(), "1000 t",
                        80.0, List.of("capability for this component, TRL 9",
                                "capacity covers 100 % of your annual volume")),
                Arguments.of("capacity in another unit than the volume: 0.5",
                        "hf:" + HF + ":9:500 kg", List.of(), "1000 t",
                        72.5, List.of("capability for this component, TRL 9", "declared capacity 500 kg per year")),
                Arguments.of("capacity declared but no buyer volume: 0.5",
                        "hf:" + HF + ":9:500 t", List.of(), null,
                        72.5, List.of("capability for this component, TRL 9", "declared capacity 500 t per year")),
                Arguments.of("same first 6 HS digits: M 0.6",
                        "hf2:281111:9", List.of(), null,
                        // 100 × (0.24 + 0.25) = 49
                        49.0, List.of("capability for a component with the same first 6 HS digits (281111), TRL 9")),
                Arguments.of("same first 4 HS digits: M 0.3",
                        "fgas:281190:6", List.of(), null,
                        // 100 × (0.12 + 0.25 × 6/9) = 28.666… → 28.7
                        28.7, List.of("capability for a component with the same first 4 HS digits (2811), TRL 6")),
                Arguments.of("partnership on c only: M 1, TRL 0",
                        null, List.of(PartnershipStage.MASS_PRODUCTION), null,
                        // 100 × (0.40 + 0.20) = 60
                        60.0, List.of("partnership at MASS_PRODUCTION")),
                Arguments.of("the most advanced non-terminated stage counts",
                        null, List.of(PartnershipStage.TERMINATED, PartnershipStage.AGREED,
                                PartnershipStage.PROTOTYPE), null,
                        52.0, List.of("partnership at PROTOTYPE")),
                Arguments.of("a 4-digit capability with a partnership on c: M is the best that applies",
                        "fgas:281190:6", List.of(PartnershipStage.DEVELOPMENT), null,
                        // 100 × (0.40 + 0.25 × 6/9 + 0.08) = 64.666… → 64.7
                        64.7, List.of("capability for a component with the same first 4 HS digits (2811), TRL 6",
                                "partnership at DEVELOPMENT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scores")
    void scoresOneCandidate(String name, String capability, List<PartnershipStage> partnershipStages,
                            String buyerVolume, double score, List<String> reasons) {
        if (capability != null) {
            capabilities.add(capability("skm", capability));
        }
        if (!partnershipStages.isEmpty()) {
            stages.put("skm", partnershipStages);
        }

        List<SupplierMatch> matches = matcher.match(input("samsung", buyerVolume));

        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).supplierId()).isEqualTo("skm");
        assertThat(matches.get(0).score()).isEqualTo(score);
        assertThat(matches.get(0).reasons()).containsExactlyElementsOf(reasons);
    }

    @Test
    void technologyReadinessIsTheHighestAmongMatchingCapabilitiesAndStageTheMostAdvanced() {
        capabilities.add(capability("skm", "hf:" + HF + ":7"));
        capabilities.add(capability("skm", "fgas:281190:9"));
        stages.put("skm", List.of(PartnershipStage.AGREED, PartnershipStage.RELIABILITY_EVALUATION));

        SupplierMatch match = matcher.match(input(null, null)).get(0);

        assertThat(match.technologyReadiness()).isEqualTo(9);
        assertThat(match.stage()).isEqualTo(PartnershipStage.RELIABILITY_EVALUATION);
        // 100 × (0.40 + 0.25 + 0.20 × 0.7) = 79
        assertThat(match.score()).isEqualTo(79.0);
        assertThat(match.reasons()).containsExactly("capability for this component, TRL 7",
                "capability for a component with the same first 4 HS digits (2811), TRL 9",
                "partnership at RELIABILITY_EVALUATION");
    }

    @Test
    void foreignFirmsTheAskingBuyerTerminatedPartnersAndUnrelatedCodesAreNoCandidates() {
        capabilities.add(capability("stella", "hf:" + HF + ":9"));
        capabilities.add(capability("samsung", "hf:" + HF + ":9"));
        capabilities.add(capability("foosung", "pr:370790:9"));
        stages.put("soulbrain", List.of(PartnershipStage.TERMINATED));

        assertThat(matcher.match(input("samsung", null))).isEmpty();
    }

    @Test
    void matchesOrderByScoreThenNameThenId() {
        firms.put("skm2", new MatchingInput.Firm("skm2", "SK Materials", "KR"));
        capabilities.add(capability("skm2", "hf:" + HF + ":9"));
        capabilities.add(capability("skm", "hf:" + HF + ":9"));
        capabilities.add(capability("soulbrain", "hf:" + HF + ":9"));
        capabilities.add(capability("foosung", "hf:" + HF + ":9:100 t"));

        assertThat(matcher.match(input(null, null))).extracting(SupplierMatch::supplierId)
                .containsExactly("foosung", "skm", "skm2", "soulbrain");
    }

    private MatchingInput input(String buyerId, String volume) {
        BigDecimal amount = volume == null ? null : new BigDecimal(volume.split(" ")[0]);
        String unit = volume == null ? null : volume.split(" ")[1];
        return new MatchingInput("hf", HF, "KR", buyerId, amount, unit, capabilities, stages, firms);
    }

    /** "componentId:hsCode:TRL[:capacity unit]". */
    private static MatchingInput.Capability capability(String firm, String spec) {
        String[] parts = spec.split(":");
        BigDecimal capacity = parts.length > 3 ? new BigDecimal(parts[3].split(" ")[0]) : null;
        String unit = parts.length > 3 ? parts[3].split(" ")[1] : null;
        return new MatchingInput.Capability(firm, parts[0], parts[1], Integer.parseInt(parts[2]), capacity, unit);
    }
}
