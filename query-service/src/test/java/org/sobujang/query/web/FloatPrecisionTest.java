package org.sobujang.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import org.junit.jupiter.api.Test;

class FloatPrecisionTest {

    @Test
    void doublesAreRoundedHalfUpToSixDecimals() {
        assertThat(FloatPrecision.round(0.9199999999999999)).isEqualTo(0.92);
        assertThat(FloatPrecision.round(1 - 0.08)).isEqualTo(0.92);
        assertThat(FloatPrecision.round(0.0000005)).isEqualTo(0.000001);
        assertThat(FloatPrecision.round(0.00000049)).isEqualTo(0.0);
        assertThat(FloatPrecision.round(79.5)).isEqualTo(79.5);
        assertThat(FloatPrecision.round(123_456_789.125)).isEqualTo(123_456_789.125);
        assertThat(FloatPrecision.round(new BigDecimal("0.12345678901234567890"))).isEqualTo(0.123457);
        assertThat(FloatPrecision.round(Double.NaN)).isEqualTo(Double.NaN);
    }

    @Test
    void listsFuturesAndResultsAreRoundedNullsAndOthersLeftAlone() {
        assertThat(FloatPrecision.round(Arrays.asList(0.1 + 0.2, null))).isEqualTo(Arrays.asList(0.3, null));
        assertThat(((CompletableFuture<?>) FloatPrecision.round(CompletableFuture.completedFuture(0.1 + 0.2)))
                           .join()).isEqualTo(0.3);
        DataFetcherResult<?> result = (DataFetcherResult<?>) FloatPrecision.round(
                DataFetcherResult.newResult().data(List.of(0.1 + 0.2)).build());
        assertThat(result.getData()).isEqualTo(List.of(0.3));
        assertThat(FloatPrecision.round(null)).isNull();
        assertThat(FloatPrecision.round("0.30000000000000004")).isEqualTo("0.30000000000000004");
    }
}
