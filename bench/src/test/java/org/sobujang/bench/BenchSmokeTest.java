package org.sobujang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The whole benchmark at a smoke size, so that `./mvnw -B verify` keeps it working: the app starts in-process, the
 * limits are measured, the generated rows have the shape of the app's own (the encoder checks it), the rebuild
 * catches up, every query and command answers without error, and the table has every row. The figures of so short
 * a run mean nothing and are not checked.
 */
class BenchSmokeTest {

    @Test
    void theBenchmarkRunsEndToEndAtASmokeSize() throws Exception {
        Report report = BenchMain.run(new String[] {"--events", "1000", "--seconds", "0.3", "--warmup", "0.1",
                "--clients", "4"});

        assertEveryRow(report);
        assertThat(report.rows).filteredOn(row -> !row.size().equals("limit"))
                               .allSatisfy(row -> assertThat(row.size()).isEqualTo("1,000"));
    }

    /**
     * The same against the split topology: the packaged command-service and query-service jars as processes of their
     * own, the event store, read store and token issuer on loopback ports, commands and GraphQL to different services.
     */
    @Test
    void theBenchmarkRunsAgainstTheSplitTopologyAtASmokeSize() throws Exception {
        String commandJar = System.getProperty("command-service.jar");
        String queryJar = System.getProperty("query-service.jar");
        assertThat(commandJar).as("system property command-service.jar (set by the bench's pom)").isNotNull();
        assertThat(queryJar).as("system property query-service.jar (set by the bench's pom)").isNotNull();

        Report report = BenchMain.run(new String[] {"--events", "1000", "--seconds", "0.3", "--warmup", "0.1",
                "--clients", "4", "--topology", "split", "--command-jar", commandJar, "--query-jar", queryJar});

        assertEveryRow(report);
        assertThat(report.rows).filteredOn(row -> !row.size().equals("limit"))
                               .allSatisfy(row -> assertThat(row.size()).isEqualTo("1,000 split"));
        assertThat(report.rows).filteredOn(row -> row.measure().startsWith("heap used"))
                               .singleElement()
                               .satisfies(row -> assertThat(row.note()).contains("command-service", "query-service"));
    }

    private static void assertEveryRow(Report report) {
        List<String> measures = report.rows.stream().map(Report.Row::measure).toList();
        assertThat(measures).anyMatch(m -> m.startsWith("raw append, 1 conn, 1 event/tx"))
                            .anyMatch(m -> m.startsWith("raw append, 1 conn, 100-event batches"))
                            .anyMatch(m -> m.startsWith("read store bulk insert"))
                            .anyMatch(m -> m.startsWith("read store _id lookups"))
                            .anyMatch(m -> m.startsWith("projection rebuild"))
                            .anyMatch(m -> m.startsWith("single commands"))
                            .anyMatch(m -> m.startsWith("lag"))
                            .anyMatch(m -> m.startsWith("bulk ingest (CSV"))
                            .anyMatch(m -> m.startsWith("bulk ingest (batches of 100 sourcing changes"))
                            .anyMatch(m -> m.startsWith("GraphQL dependencyRisk"))
                            .anyMatch(m -> m.startsWith("GraphQL riskRanking"))
                            .anyMatch(m -> m.startsWith("GraphQL nationalRisk"))
                            .anyMatch(m -> m.startsWith("GraphQL domesticSupplierMatches"))
                            .anyMatch(m -> m.startsWith("GraphQL localizationProgress"));
        assertThat(report.rows).allSatisfy(row -> assertThat(row.note() == null ? "" : row.note())
                .doesNotContain("ERRORS"));
        assertThat(report.rows).filteredOn(row -> row.measure().startsWith("bulk ingest (CSV"))
                               .allSatisfy(row -> assertThat(row.note()).contains("0 rejected", "COMPLETED"));
        assertThat(report.markdown()).startsWith("| events | measure |");
    }
}
