package org.sobujang.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Records one event of every type the generator produces through the REST API, as a client would, so their stored
 * rows can serve as the shape to copy (aggregate type, metadata, payload type and fields). Also warms up every
 * command path before anything is measured.
 */
final class Templates {

    static final String BUYER = "tpl-buyer";

    private Templates() {
    }

    static void record(Api api, Clients clients) throws InterruptedException {
        Clients.Client steward = clients.steward;
        Clients.Client buyer = clients.buyer(BUYER);
        ok(api.postJson(steward, "/api/v1/firms", Map.of("id", BUYER, "name", "Template buyer", "country", "KR",
                                                         "size", "LARGE")));
        ok(api.postJson(steward, "/api/v1/firms", Map.of("id", "tpl-sme", "name", "Template SME", "country", "KR",
                                                         "size", "SME")));
        ok(api.postJson(steward, "/api/v1/firms", Map.of("id", "tpl-jp", "name", "Template JP", "country", "JP",
                                                         "size", "LARGE")));
        ok(api.postJson(steward, "/api/v1/components", Map.of("id", "tpl-comp", "name", "Template component",
                "category", "MATERIAL", "hsCode", "2811111000", "sector", "SEMICONDUCTOR")));
        ok(api.postJson(steward, "/api/v1/components/tpl-comp/control-list-entries",
                        Map.of("regime", "WASSENAAR", "code", "1C350")));
        String restriction = ok(api.postJson(steward, "/api/v1/components/tpl-comp/export-restrictions",
                Map.of("imposingCountry", "JP", "measure", "INDIVIDUAL_LICENSE", "effectiveFrom", "2019-07-04")))
                .json().get("id").asText();
        ok(api.postJson(steward, "/api/v1/components/tpl-comp/export-restrictions/" + restriction + "/lift",
                        Map.of("effectiveFrom", "2023-03-23")));
        ok(api.postJson(steward, "/api/v1/firms/tpl-sme/capabilities", Map.of("componentId", "tpl-comp",
                "technologyReadiness", 9, "annualCapacity", 100, "unit", "t", "since", "2020-01-01")));
        ok(api.postJson(buyer, "/api/v1/buyers/" + BUYER + "/sourcing-changes", Map.of("componentId", "tpl-comp",
                "supplierId", "tpl-jp", "share", 0.5, "effectiveFrom", "2019-01-01", "annualVolume", 100, "unit", "t")));
        ok(api.postJson(buyer, "/api/v1/buyers/" + BUYER + "/sourcing-plans/tpl-comp/revisions",
                Map.of("effectiveFrom", "2020-01-01", "shares", List.of(Map.of("supplierId", "tpl-jp", "share", 0.4),
                                                                         Map.of("supplierId", "tpl-sme", "share", 0.5)))));
        ok(api.postJson(buyer, "/api/v1/partnerships", Map.of("id", "tpl-p", "buyerId", BUYER, "supplierId", "tpl-sme",
                "componentId", "tpl-comp", "kind", "JOINT_RND", "startedOn", "2020-01-01")));
        ok(api.postJson(buyer, "/api/v1/partnerships/tpl-p/stages", Map.of("stage", "DEVELOPMENT", "on", "2020-06-01")));
        ok(api.postJson(steward, "/api/v1/core-item-lists", Map.of("id", "tpl-list", "name", "Template list",
                "componentIds", List.of("tpl-comp"), "targets", List.of(Map.of("share", 0.3, "by", "2020-08-05")))));
        ok(api.postJson(steward, "/api/v1/core-item-lists/tpl-list/members", Map.of("componentId", "tpl-comp")));
        String csv = "year,statCd,hsCd,impDlr,impWgt,expDlr,expWgt\n2018.01,JP,2811111000,5571666,4643055,0,0\n";
        String importId = ok(api.postBytes(steward, "/api/v1/imports?kind=trade-statistics", "text/csv",
                                           csv.getBytes(StandardCharsets.UTF_8))).json().get("id").asText();
        awaitImport(api, steward, importId, 30_000);
    }

    /** Polls an import's report until it is no longer RUNNING, at most {@code timeoutMillis}. */
    static Api.Response awaitImport(Api api, Clients.Client as, String importId, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            Api.Response report = ok(api.get(as, "/api/v1/imports/" + importId));
            if (!"RUNNING".equals(report.json().path("status").asText())) {
                return report;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("import " + importId + " still running after " + timeoutMillis + " ms");
    }

    static Api.Response ok(Api.Response r) {
        if (!r.ok()) {
            throw new IllegalStateException("unexpected " + r.status() + ": " + r.body());
        }
        return r;
    }
}
