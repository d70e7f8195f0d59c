package org.sobujang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded default as a user runs it ({@code java -jar sobujang-tracker-exec.jar}, demo data, durable stores
 * under one data directory), killed with {@code kill -9} in the middle of a command burst and of an import: first the
 * JVM alone (its PostgreSQL is orphaned and keeps its lock file), then the JVM together with its PostgreSQL. Each
 * time it must start again unaided, and every command it had answered 201 must be there, in the event store and in
 * the read model; the interrupted import says where it stopped, and importing the same file again completes it
 * without counting a figure twice.
 */
class CrashRecoveryIT {

    /** A start gives up after this long without progress (ServiceProcess.awaitHealthy), not on a fixed clock. */
    private static final Duration START = Duration.ofSeconds(60);
    /** A wait gives up after this long without progress in what it watches (Waits), not on a fixed clock. */
    private static final Duration CATCH_UP = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Codes the demo does not use, so the import's totals are this test's alone. */
    private static final List<String> HS = List.of("3824999000", "3824991000");
    private static final List<String> PARTNERS = List.of("JP", "CN", "TW", "US", "DE", "FR", "GB", "SG", "VN", "IN");

    private static final List<ServiceProcess> processes = new ArrayList<>();

    @AfterAll
    static void stop() throws InterruptedException {
        for (ServiceProcess p : processes) {
            p.close();
        }
    }

    @Test
    void killedDuringABurstAndAnImportItRestartsUnaidedAndKeepsEveryAnsweredCommand() throws Exception {
        Path data = Files.createTempDirectory("sobujang-crash-");
        int port = ServiceProcess.freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        ServiceProcess first = start("crash-1", port, data);
        String stewardOfFirst = token(first, "data-steward");
        byte[] file = tradeFile();
        String importId = startImport(first, stewardOfFirst, file);
        Waits.until("the import under way", CATCH_UP, () -> report(first, stewardOfFirst, importId)
                .get("rowsRead").asInt(), rows -> rows >= 50);
        burstThenKill(first, stewardOfFirst, "burst-a", acknowledged, () -> first.kill());
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);

        // the JVM is gone, its PostgreSQL is not: the next start stops that server and starts again unaided
        ServiceProcess second = start("crash-2", port, data);
        String stewardOfSecond = token(second, "data-steward");
        JsonNode interrupted = report(second, stewardOfSecond, importId);
        assertThat(interrupted.get("status").asText()).isEqualTo("FAILED");
        int counted = interrupted.get("rowsRead").asInt();
        assertThat(counted).isBetween(50, rows() - 1);
        assertThat(interrupted.get("errors").toString()).contains("after " + counted + " data rows");
        assertAllVisible(second, stewardOfSecond, acknowledged);

        int firstBurst = acknowledged.size();

        // now the JVM and its database together
        burstThenKill(second, stewardOfSecond, "burst-b", acknowledged, () -> {
            long postgres = postmasterPid(data);
            second.kill();
            ProcessHandle.of(postgres).ifPresent(ProcessHandle::destroyForcibly);
        });

        ServiceProcess third = start("crash-3", port, data);
        String stewardOfThird = token(third, "data-steward");
        assertAllVisible(third, stewardOfThird, acknowledged);

        System.out.printf("CrashRecoveryIT: %d commands answered 201 before kill -9 of the JVM, %d before kill -9 of "
                          + "the JVM and PostgreSQL: all %d present after restart; "
                          + "import stopped after %d of %d rows%n",
                          firstBurst, acknowledged.size() - firstBurst, acknowledged.size(), counted, rows());

        // the same file again completes the import; no figure is counted twice
        String again = startImport(third, stewardOfThird, file);
        Waits.until("the second import", CATCH_UP, () -> report(third, stewardOfThird, again),
                    report -> !"RUNNING".equals(report.get("status").asText()));
        JsonNode completed = report(third, stewardOfThird, again);
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("rowsAccepted").asInt()).isEqualTo(rows());
        String analyst = token(third, "ministry-analyst");
        Waits.until("the import's figures in the read model", CATCH_UP, () -> Http.graphQl(third.baseUrl(), analyst, """
                    query($hs: [String!]!) { importDependence(hsPrefixes: $hs, partner: "JP", from: "2000-01-01",
                      to: "2011-12-31", interval: YEAR) { period partnerValueUsd totalValueUsd } }""",
                    Map.of("hs", List.of("382499"))).get("importDependence"), points -> {
            assertThat(points).hasSize(12);
            for (JsonNode point : points) {
                int year = Integer.parseInt(point.get("period").asText().substring(0, 4));
                assertThat(point.get("totalValueUsd").asDouble()).as("total of %d", year)
                        .isEqualTo(yearTotal(year, null));
                assertThat(point.get("partnerValueUsd").asDouble()).as("JP in %d", year)
                        .isEqualTo(yearTotal(year, "JP"));
            }
            return true;
        });
    }

    private static ServiceProcess start(String name, int port, Path data) throws IOException {
        ServiceProcess p = ServiceProcess.startEmbedded(name, port, "--sobujang.embedded.data-dir=" + data);
        processes.add(p);
        p.awaitHealthy(START);
        return p;
    }

    /**
     * Eight clients register firms as fast as they are answered; once enough have been answered, {@code kill} runs
     * while they go on. A 201 is an acknowledgement: its id is kept.
     */
    private static void burstThenKill(ServiceProcess app, String steward, String prefix, Set<String> acknowledged,
                                      Killer kill) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            clients.submit(() -> {
                while (!stop.get() && next.get() < 5_000) {
                    String id = prefix + "-" + next.incrementAndGet();
                    try {
                        Http.Response r = Http.post(app.baseUrl() + "/api/v1/firms", steward,
                                Map.of("id", id, "name", "Crash test " + id, "country", "KR", "size", "SME"));
                        if (r.status() == 201) {
                            acknowledged.add(id);
                            answered.incrementAndGet();
                        }
                    } catch (RuntimeException connectionLost) {
                        // the process is gone: nothing was acknowledged
                    }
                }
                return null;
            });
        }
        Waits.until("commands answered before the kill", CATCH_UP, answered::get, n -> n >= 300);
        kill.kill();
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    private static void assertAllVisible(ServiceProcess app, String steward, Set<String> acknowledged)
            throws InterruptedException {
        Waits.until("every acknowledged firm in the read model", CATCH_UP,
                    () -> Http.firmIds(app.baseUrl(), steward), ids -> ids.containsAll(acknowledged));
    }

    private static long postmasterPid(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
    }

    /** KCS export rows for 2000-2011: every month, ten partners; values a function of year, month and partner. */
    private static byte[] tradeFile() {
        StringBuilder csv = new StringBuilder("year,statCd,hsCd,impDlr,impWgt,expDlr,expWgt\n");
        for (int year = 2000; year <= 2011; year++) {
            for (int month = 1; month <= 12; month++) {
                for (int p = 0; p < PARTNERS.size(); p++) {
                    for (int h = 0; h < HS.size(); h++) {
                        csv.append(year).append('.').append(month < 10 ? "0" : "").append(month).append(',')
                           .append(PARTNERS.get(p)).append(',').append(HS.get(h)).append(',')
                           .append(value(year, month, p, h)).append(",1000,0,0\n");
                    }
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int rows() {
        return 12 * 12 * PARTNERS.size() * HS.size();
    }

    private static long value(int year, int month, int partner, int hs) {
        return 1_000L * (year - 1990) + 100L * hs + 10L * month + partner;
    }

    private static double yearTotal(int year, String partner) {
        long sum = 0;
        for (int month = 1; month <= 12; month++) {
            for (int p = 0; p < PARTNERS.size(); p++) {
                for (int h = 0; h < HS.size(); h++) {
                    if (partner == null || PARTNERS.get(p).equals(partner)) {
                        sum += value(year, month, p, h);
                    }
                }
            }
        }
        return sum;
    }

    private static String startImport(ServiceProcess app, String steward, byte[] file) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(app.baseUrl() + "/api/v1/imports?kind=trade-statistics"))
                .header("Authorization", "Bearer " + steward).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Http.JSON.readTree(response.body()).get("id").asText();
    }

    private static JsonNode report(ServiceProcess app, String steward, String importId) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(app.baseUrl() + "/api/v1/imports/" + importId))
                .header("Authorization", "Bearer " + steward).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.JSON.readTree(response.body());
    }

    /** A token of one of the embedded authorization server's demo clients (client credentials). */
    private static String token(ServiceProcess app, String client) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":demo-secret").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.JSON.readTree(response.body()).get("access_token").asText();
    }

    @FunctionalInterface
    private interface Killer {
        void kill() throws Exception;
    }
}
