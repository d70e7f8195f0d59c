package org.sobujang.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The growth block compares the largest size with the smallest; {@code --phases rebuild} stops after the rebuild. */
class BenchGrowthTest {

    private static final String REBUILD = "projection rebuild (reset + replay of all 8 processors)";

    @Test
    void theRebuildAtTheLargestSizeMustKeepFourFifthsOfTheSmallestSizesRate() {
        BenchMain bench = new BenchMain(BenchMain.Options.parse(new String[] {"--events", "100000,1000000",
                "--phases", "rebuild"}));
        bench.report.add("100,000", REBUILD, 1000, "events/s", "read store bulk insert", 4000.0, null, null);
        bench.report.add("100,000", "GraphQL dependencyRisk: p50", 20, "ms", "_id lookup p50", 3.0, null, null);
        bench.report.add("1,000,000", REBUILD, 750, "events/s", "read store bulk insert", 4000.0, null, null);
        bench.report.add("1,000,000", "GraphQL dependencyRisk: p50", 21, "ms", "_id lookup p50", 3.0, null, null);

        bench.growth();

        assertThat(bench.report.rows).filteredOn(row -> row.size().equals("growth 1,000,000 / 100,000"))
                .extracting(Report.Row::measure, Report.Row::unit, Report.Row::ratio, Report.Row::verdict)
                .containsExactly(
                        tuple(REBUILD, "events/s", 0.75, "MISSES by 6 %"),
                        tuple("GraphQL dependencyRisk: p50", "ms", 1.05, "meets"));
    }

    @Test
    void phasesAreAllOrRebuild() {
        assertThat(BenchMain.Options.parse(new String[] {"--phases", "rebuild"}).rebuildOnly()).isTrue();
        assertThat(BenchMain.Options.parse(new String[] {}).rebuildOnly()).isFalse();
        assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"--phases", "queries"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
