package org.sobujang.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sobujang.command.web.ApiTestSupport;

class ImportApiTest extends ApiTestSupport {

    @Autowired
    private ImportService service;

    private static final String KCS_HEADER = "year,statCd,hsCd,impDlr,impWgt,expDlr,expWgt\n";

    /** A national HS code no other test uses, so counts of stored events belong to this test alone. */
    private static String freshHsCode() {
        return "2811" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private Response upload(String kind, String contentType, byte[] file) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/imports" + (kind == null ? "" : "?kind=" + kind)))
                                                 .header("Content-Type", contentType)
                                                 .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        return send(request);
    }

    private Response upload(String csv) {
        return upload("trade-statistics", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode finished(Response started) {
        assertThat(started.status()).as("start of import: %s", started.body()).isEqualTo(202);
        return awaitImportFinished(started.id());
    }

    private long eventsForHsCode(String hsCode) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE ?",
                                   Long.class, "trade:%/" + hsCode + "/%");
    }

    @Test
    void goodRowsAreRecordedBadRowsReportedAndARepeatRecordsNothing() {
        String hs = freshHsCode();
        String file = KCS_HEADER
                + "2018.01,JP,%s,5571666,4643055,1200,300\n".formatted(hs)
                + "2018.01,CN,%s,10083333,8402777,0,0\n".formatted(hs)
                + "2018.13,CN,%s,1,1,0,0\n".formatted(hs)
                + "2018.02,JP,%s,\"1,000\",12x,0,0\n".formatted(hs)
                + "2018.02,TW,%s,1648333,1373610,0,0\n".formatted(hs);

        JsonNode report = finished(upload(file));

        assertThat(report.path("kind").asText()).isEqualTo("trade-statistics");
        assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.path("rowsRead").asInt()).isEqualTo(5);
        assertThat(report.path("rowsAccepted").asInt()).isEqualTo(3);
        assertThat(report.path("rowsRejected").asInt()).isEqualTo(2);
        assertThat(report.path("errors")).hasSize(2);
        assertThat(report.path("errors").get(0).path("line").asInt()).isEqualTo(4);
        assertThat(report.path("errors").get(0).path("column").asText()).isEqualTo("year");
        assertThat(report.path("errors").get(0).path("value").asText()).isEqualTo("2018.13");
        assertThat(report.path("errors").get(1).path("line").asInt()).isEqualTo(5);
        assertThat(report.path("errors").get(1).path("column").asText()).isEqualTo("impWgt");
        assertThat(eventsForHsCode(hs)).isEqualTo(4);

        long before = storedEvents();
        JsonNode repeat = finished(upload(file));

        assertThat(repeat.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(repeat.path("rowsAccepted").asInt()).isEqualTo(3);
        assertThat(storedEvents()).isEqualTo(before);

        JsonNode revised = finished(upload(KCS_HEADER + "2018.01,JP,%s,5600000,4643055,1200,300\n".formatted(hs)));

        assertThat(revised.path("rowsAccepted").asInt()).isEqualTo(1);
        assertThat(eventsForHsCode(hs)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE "
                                               + "aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1",
                                       String.class, "trade:KCS/KR/2018-01/JP/" + hs + "/M"))
                .contains("\"revision\":true").contains("5600000");
    }

    @Test
    void aComtradeFileInEucKrIsDecodedWithItsCharset() {
        String hs = freshHsCode();
        String file = "period,reporterISO,flowCode,partnerISO,cmdCode,primaryValue,netWgt,partnerDesc\n"
                + "202101,KOR,M,JPN,%s,1041666,868055,\"일본, 도쿄\"\n".formatted(hs)
                + "202101,KOR,M,일본,%s,1,1,x\n".formatted(hs)
                + "202101,KOR,RX,CHN,%s,1,1,x\n".formatted(hs);

        JsonNode report = finished(upload("trade-statistics", "text/csv; charset=EUC-KR",
                                          file.getBytes(Charset.forName("EUC-KR"))));

        assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(report.path("rowsAccepted").asInt()).isEqualTo(1);
        assertThat(report.path("rowsRejected").asInt()).isEqualTo(2);
        assertThat(report.path("errors").get(0).path("value").asText()).isEqualTo("일본");
        assertThat(report.path("errors").get(1).path("column").asText()).isEqualTo("flowCode");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                                       Long.class, "trade:COMTRADE/KR/2021-01/JP/" + hs + "/M")).isEqualTo(1);
    }

    @Test
    void aHeaderWithoutTheNeededColumnsFailsTheImportOnLineOne() {
        long before = storedEvents();

        JsonNode report = finished(upload("year,statCd,hsCd,impDlr\n2018.01,JP,281111,1\n"));

        assertThat(report.path("status").asText()).isEqualTo("FAILED");
        assertThat(report.path("rowsRead").asInt()).isZero();
        assertThat(report.path("errors").get(0).path("line").asInt()).isEqualTo(1);
        assertThat(report.path("errors").get(0).path("message").asText()).contains("impWgt");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void reportsAreKeptInPostgres() {
        Response started = upload(KCS_HEADER);
        finished(started);

        assertThat(jdbc.queryForObject("SELECT status FROM import_report WHERE import_id = ?", String.class,
                                       started.id())).isEqualTo("COMPLETED");
    }

    @Test
    void anImportLeftRunningByAStoppedServiceIsReportedAsFailedOnStartup() {
        String id = unique("stale");
        jdbc.update("INSERT INTO import_report (import_id, kind, status, rows_read, rows_accepted, started_at) "
                            + "VALUES (?, 'trade-statistics', 'RUNNING', 7, 7, now())", id);

        service.failImportsOfThePreviousRun();

        JsonNode report = get("/api/v1/imports/" + id).body();
        assertThat(report.path("status").asText()).isEqualTo("FAILED");
        assertThat(report.path("rowsRead").asInt()).isEqualTo(7);
        assertThat(report.path("errors").get(0).path("message").asText()).contains("stopped before the import finished");
    }

    @Test
    void requestsThatCannotStartAnImportAreRefused() {
        byte[] file = KCS_HEADER.getBytes(StandardCharsets.UTF_8);

        assertFieldError(upload(null, "text/csv", file), "kind");
        assertFieldError(upload("bananas", "text/csv", file), "kind");
        Response later = upload("firms", "text/csv", file);
        assertFieldError(later, "kind");
        assertThat(later.body().path("detail").asText()).contains("not supported yet");
        assertFieldError(upload("trade-statistics", "text/csv; charset=KLINGON-8", file), "charset");
        assertProblem(upload("trade-statistics", "application/json", file), 415);
        assertProblem(upload("trade-statistics", "text/csv", new byte[300 * 1024]), 413);
        assertProblem(get("/api/v1/imports/" + unique("nope")), 404);
    }
}
