package org.sobujang.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sobujang.command.web.ApiTestSupport;

/** Every stored event names the client that caused it, and the firm it acted for (docs/security.md). */
class PrincipalMetaDataApiTest extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private List<JsonNode> metaDataOf(String aggregateIdentifierPattern) {
        return jdbc.queryForList("SELECT convert_from(metaData, 'UTF8') FROM domainevententry "
                                         + "WHERE aggregateIdentifier LIKE ? ORDER BY globalIndex",
                                 String.class, aggregateIdentifierPattern)
                   .stream().map(PrincipalMetaDataApiTest::parse).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStewardsRegistrationRecordsTheClientAndNoFirm() {
        String firm = registerFirm(unique("acme"));

        List<JsonNode> metaData = metaDataOf("firm:" + firm);

        assertThat(metaData).hasSize(1);
        assertThat(metaData.get(0).path("principal").asText()).isEqualTo("client-steward");
        assertThat(metaData.get(0).has("principalFirm")).isFalse();
        // Axon's own correlation data is still there: the query side's history reads it.
        assertThat(metaData.get(0).path("correlationId").asText()).isNotBlank();
    }

    @Test
    void aProcurementChangeRecordsTheClientAndItsFirm() {
        String buyer = registerFirm(unique("samsung"));
        String supplier = registerFirm(unique("jsr"));
        String component = registerComponent(unique("resist"));

        Response change = postAs(TestTokens.procurement(buyer), "/api/v1/buyers/" + buyer + "/sourcing-changes", """
                {"componentId": "%s", "supplierId": "%s", "share": 0.5, "effectiveFrom": "2020-01-01"}"""
                .formatted(component, supplier));

        assertThat(change.status()).isEqualTo(201);
        List<JsonNode> metaData = metaDataOf("plan:" + buyer + "/" + component);
        assertThat(metaData).hasSize(1);
        assertThat(metaData.get(0).path("principal").asText()).isEqualTo("client-" + buyer);
        assertThat(metaData.get(0).path("principalFirm").asText()).isEqualTo(buyer);
    }

    /** The import runs on an import thread; the caller who uploaded the file is recorded all the same. */
    @Test
    void importedEventsRecordTheClientWhoStartedTheImport() throws InterruptedException {
        String hs = "2811" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String file = "year,statCd,hsCd,impDlr,impWgt,expDlr,expWgt\n2018.01,JP,%s,5571666,4643055,1200,300\n"
                .formatted(hs);
        String uploader = TestTokens.token("kita", Roles.STEWARD);

        Response started = sendAs(uploader, HttpRequest.newBuilder(uri("/api/v1/imports?kind=trade-statistics"))
                                                       .header("Content-Type", "text/csv")
                                                       .POST(HttpRequest.BodyPublishers.ofString(file,
                                                                                                 StandardCharsets.UTF_8)));
        assertThat(started.status()).isEqualTo(202);
        awaitImportFinished(uploader, started.id());

        List<JsonNode> metaData = metaDataOf("trade:%/" + hs + "/%");
        assertThat(metaData).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.path("principal").asText()).isEqualTo("client-kita");
            assertThat(entry.path("principalFirm").asText()).isEqualTo("kita");
        });
    }
}
