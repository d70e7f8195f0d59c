package org.sobujang.query.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlanStateTest {

    private final List<ChangeDocument> changes = new ArrayList<>();

    @Test
    void sharesApplyFromTheirEffectiveDate() {
        share("c1", "TOK", "0.6", "2019-01-01", 1);
        share("c2", "JSR", "0.3", "2019-03-01", 2);

        assertThat(shares("2018-12-31")).isEmpty();
        assertThat(shares("2019-02-28")).isEqualTo(Map.of("TOK", "0.6"));
        assertThat(shares("2019-03-01")).isEqualTo(Map.of("TOK", "0.6", "JSR", "0.3"));
    }

    @Test
    void aBackdatedChangeRecordedLaterFoldsByEffectiveDate() {
        share("c1", "TOK", "0.5", "2019-03-01", 1);
        share("c2", "TOK", "0.9", "2019-01-01", 2);

        assertThat(shares("2019-02-01")).isEqualTo(Map.of("TOK", "0.9"));
        assertThat(shares("2019-03-01")).isEqualTo(Map.of("TOK", "0.5"));
    }

    @Test
    void onTheSameEffectiveDateTheLaterRecordingWins() {
        share("c2", "TOK", "0.4", "2019-01-01", 2);
        share("c1", "TOK", "0.7", "2019-01-01", 1);

        assertThat(shares("2019-01-01")).isEqualTo(Map.of("TOK", "0.4"));
    }

    @Test
    void shareZeroRemovesTheSupplier() {
        share("c1", "TOK", "0.6", "2019-01-01", 1);
        share("c2", "TOK", "0", "2019-06-01", 2);

        assertThat(shares("2019-06-01")).isEmpty();
    }

    @Test
    void aRevisionReplacesTheWholeSupplierSet() {
        share("c1", "TOK", "0.6", "2019-01-01", 1);
        share("c2", "JSR", "0.3", "2019-01-01", 2);
        changes.add(new ChangeDocument(ChangeDocument.Kind.REVISION, null, null,
                Map.of("JSR", new BigDecimal("0.5"), "DONGJIN", new BigDecimal("0.5")), "2019-06-01", null, null,
                null, Instant.EPOCH, 3, null));
        share("c4", "TOK", "0.1", "2019-05-01", 4);

        assertThat(shares("2019-06-01")).isEqualTo(Map.of("JSR", "0.5", "DONGJIN", "0.5"));
        assertThat(PlanState.at(changes, LocalDate.parse("2019-06-01")).suppliers().get("JSR").since())
                .isEqualTo(LocalDate.parse("2019-06-01"));
    }

    @Test
    void aRetractedChangeCountsNowhere() {
        share("c1", "TOK", "0.6", "2019-01-01", 1);
        changes.add(new ChangeDocument(ChangeDocument.Kind.SHARE_CHANGE, "TOK", new BigDecimal("0.2"), null,
                "2019-02-01", new BigDecimal("500"), "kg", null, Instant.EPOCH, 2, true));

        PlanState state = PlanState.at(changes, LocalDate.parse("2019-12-31"));
        assertThat(shares("2019-12-31")).isEqualTo(Map.of("TOK", "0.6"));
        assertThat(state.annualVolume()).isNull();
        assertThat(state.suppliers().get("TOK").since()).isEqualTo(LocalDate.parse("2019-01-01"));
    }

    @Test
    void theAnnualVolumeIsTheLatestByEffectiveDateThatStatesOne() {
        changes.add(new ChangeDocument(ChangeDocument.Kind.SHARE_CHANGE, "TOK", new BigDecimal("0.6"), null,
                "2019-03-01", new BigDecimal("900"), "kg", null, Instant.EPOCH, 1, false));
        changes.add(new ChangeDocument(ChangeDocument.Kind.SHARE_CHANGE, "JSR", new BigDecimal("0.2"), null,
                "2019-01-01", new BigDecimal("700"), "t", null, Instant.EPOCH, 2, false));
        share("c3", "JSR", "0.3", "2019-04-01", 3);

        PlanState early = PlanState.at(changes, LocalDate.parse("2019-02-01"));
        PlanState late = PlanState.at(changes, LocalDate.parse("2019-05-01"));
        assertThat(early.annualVolume()).isEqualByComparingTo("700");
        assertThat(early.unit()).isEqualTo("t");
        assertThat(late.annualVolume()).isEqualByComparingTo("900");
        assertThat(late.unit()).isEqualTo("kg");
    }

    private void share(String id, String supplier, String share, String effectiveFrom, long sequence) {
        changes.add(new ChangeDocument(ChangeDocument.Kind.SHARE_CHANGE, supplier, new BigDecimal(share), null,
                effectiveFrom, null, null, id, Instant.EPOCH, sequence, false));
    }

    private Map<String, String> shares(String date) {
        Map<String, String> result = new HashMap<>();
        PlanState.at(changes, LocalDate.parse(date)).suppliers()
                 .forEach((k, v) -> result.put(k, v.share().toPlainString()));
        return result;
    }
}
