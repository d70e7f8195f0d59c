package org.sobujang.command.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sobujang.command.web.ApiTestSupport;

class ComponentApiTest extends ApiTestSupport {

    private List<String> eventTypes(String componentId) {
        return jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                                         + "ORDER BY sequencenumber", String.class, "component:" + componentId)
                   .stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private String restriction(String componentId, String body) {
        Response response = post("/api/v1/components/" + componentId + "/export-restrictions", body);
        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
        return response.id();
    }

    @Test
    void aComponentIsRegisteredWithItsControlListEntries() {
        String id = unique("resist");

        Response response = post("/api/v1/components", """
                {"id": "%s", "name": "EUV photoresist", "category": "MATERIAL", "hsCode": "3707901000",
                 "sector": "SEMICONDUCTOR",
                 "controlListEntries": [{"regime": "WASSENAAR", "code": "3C002.a.2"},
                                        {"regime": "US_EAR", "code": "1C350"}]}""".formatted(id));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.id()).isEqualTo(id);
        assertThat(eventTypes(id)).containsExactly("ComponentRegistered", "ControlListEntryAdded",
                                                   "ControlListEntryAdded");
    }

    @Test
    void repeatingARegistrationRecordsNothingAndOtherDetailsConflict() {
        String id = unique("resist");
        String body = """
                {"id": "%s", "name": "Resist", "category": "MATERIAL", "hsCode": "370790", "sector": "SEMICONDUCTOR",
                 "controlListEntries": [{"regime": "WASSENAAR", "code": "3C002.a.2"}]}""".formatted(id);
        assertThat(post("/api/v1/components", body).status()).isEqualTo(201);
        long before = storedEvents();

        Response repeat = post("/api/v1/components", body);
        Response other = post("/api/v1/components", body.replace("MATERIAL", "PART"));

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.id()).isEqualTo(id);
        assertProblem(other, 409);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aControlListEntryIsAdded() {
        String id = registerComponent(unique("resist"));

        Response response = post("/api/v1/components/" + id + "/control-list-entries", """
                {"regime": "US_EAR", "code": "1C350"}""");

        assertThat(response.status()).isEqualTo(201);
        assertThat(eventTypes(id)).containsExactly("ComponentRegistered", "ControlListEntryAdded");
        assertProblem(post("/api/v1/components/" + unique("ghost") + "/control-list-entries", """
                {"regime": "US_EAR", "code": "1C350"}"""), 404);
        assertFieldError(post("/api/v1/components/" + id + "/control-list-entries", """
                {"regime": "US_EAR"}"""), "code");
    }

    @Test
    void invalidComponentsAreBadRequestsAndRecordNothing() {
        long before = storedEvents();

        assertFieldError(post("/api/v1/components", """
                {"name": "", "category": "MATERIAL", "hsCode": "370790", "sector": "BIO"}"""), "name");
        assertFieldError(post("/api/v1/components", """
                {"name": "X", "category": "LIQUID", "hsCode": "370790", "sector": "BIO"}"""), "category");
        assertFieldError(post("/api/v1/components", """
                {"name": "X", "category": "PART", "hsCode": "37079", "sector": "BIO"}"""), "hsCode");
        assertFieldError(post("/api/v1/components", """
                {"name": "X", "category": "PART", "hsCode": "370790", "sector": "SPACE"}"""), "sector");
        assertFieldError(post("/api/v1/components", """
                {"name": "X", "category": "PART", "hsCode": "370790", "sector": "BIO",
                 "controlListEntries": [{"regime": "WASSENAAR", "code": ""}]}"""), "controlListEntries[0].code");
        assertFieldError(post("/api/v1/components", """
                {"name": "X", "category": "PART", "hsCode": "370790", "sector": "BIO",
                 "controlListEntries": [{"regime": "W", "code": "1"}, {"regime": "W", "code": "1"}]}"""),
                         "controlListEntries[1]");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRestrictionIsImposedAgainstTheHomeCountryByDefaultAndLifted() {
        String component = registerComponent(unique("resist"));

        String restrictionId = restriction(component, """
                {"imposingCountry": "JP", "measure": "INDIVIDUAL_LICENSE", "effectiveFrom": "2019-07-04",
                 "legalReference": "METI 2019"}""");

        String payload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                                                     + "WHERE aggregateidentifier = ? AND sequencenumber = 1",
                                             String.class, "component:" + component);
        assertThat(payload).contains("\"targetCountry\":\"KR\"").contains(restrictionId);

        Response lifted = post("/api/v1/components/" + component + "/export-restrictions/" + restrictionId + "/lift",
                               "{\"effectiveFrom\": \"2023-03-23\"}");
        assertThat(lifted.status()).isEqualTo(200);
        assertThat(lifted.id()).isEqualTo(restrictionId);
        assertThat(eventTypes(component)).containsExactly("ComponentRegistered", "ExportRestrictionImposed",
                                                          "ExportRestrictionLifted");
    }

    @Test
    void restrictionRulesAreUnprocessableAndRecordNothing() {
        String component = registerComponent(unique("resist"));
        String active = restriction(component, """
                {"imposingCountry": "JP", "targetCountry": "KR", "measure": "BAN", "effectiveFrom": "2019-07-04"}""");
        String lifted = restriction(component, """
                {"imposingCountry": "CN", "measure": "QUOTA", "effectiveFrom": "2020-01-01"}""");
        String liftPath = "/api/v1/components/" + component + "/export-restrictions/";
        assertThat(post(liftPath + lifted + "/lift", "{\"effectiveFrom\": \"2021-01-01\"}").status()).isEqualTo(200);
        long before = storedEvents();

        Response overlap = post("/api/v1/components/" + component + "/export-restrictions", """
                {"imposingCountry": "JP", "measure": "BAN", "effectiveFrom": "2022-01-01"}""");
        assertProblem(overlap, 422);
        assertThat(overlap.body().path("detail").asText()).startsWith("NoOverlappingRestrictions");

        Response twice = post(liftPath + lifted + "/lift", "{\"effectiveFrom\": \"2022-01-01\"}");
        assertProblem(twice, 422);
        assertThat(twice.body().path("detail").asText()).startsWith("RestrictionLiftedAtMostOnce");

        Response early = post(liftPath + active + "/lift", "{\"effectiveFrom\": \"2019-07-03\"}");
        assertProblem(early, 422);
        assertThat(early.body().path("detail").asText()).startsWith("LiftNotBeforeImposed");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void restrictionInputAndAddressingErrors() {
        String component = registerComponent(unique("resist"));
        String path = "/api/v1/components/" + component + "/export-restrictions";
        long before = storedEvents();

        assertFieldError(post(path, """
                {"imposingCountry": "JPN", "measure": "BAN", "effectiveFrom": "2019-07-04"}"""), "imposingCountry");
        assertFieldError(post(path, """
                {"imposingCountry": "JP", "targetCountry": "QQ", "measure": "BAN", "effectiveFrom": "2019-07-04"}"""),
                         "targetCountry");
        assertFieldError(post(path, """
                {"imposingCountry": "JP", "measure": "EMBARGO", "effectiveFrom": "2019-07-04"}"""), "measure");
        assertFieldError(post(path, """
                {"imposingCountry": "JP", "measure": "BAN", "effectiveFrom": "04/07/2019"}"""), "effectiveFrom");
        assertFieldError(post(path, """
                {"imposingCountry": "JP", "measure": "BAN"}"""), "effectiveFrom");
        assertProblem(post("/api/v1/components/" + unique("ghost") + "/export-restrictions", """
                {"imposingCountry": "JP", "measure": "BAN", "effectiveFrom": "2019-07-04"}"""), 404);
        assertProblem(post(path + "/" + unique("nothing") + "/lift", "{\"effectiveFrom\": \"2020-01-01\"}"), 404);
        assertFieldError(post(path + "/bad.id/lift", "{\"effectiveFrom\": \"2020-01-01\"}"), "restrictionId");

        assertThat(storedEvents()).isEqualTo(before);
    }
}
