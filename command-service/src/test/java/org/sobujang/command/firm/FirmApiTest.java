package org.sobujang.command.firm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sobujang.command.web.ApiTestSupport;

class FirmApiTest extends ApiTestSupport {

    @Test
    void aFirmIsRegisteredUnderTheClientsId() {
        String id = unique("acme");
        long before = storedEvents();

        Response response = post("/api/v1/firms", """
                {"id": "%s", "name": "Acme Materials", "country": "KR", "size": "SME",
                 "registrationNumber": "%s"}""".formatted(id, unique("reg")));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.id()).isEqualTo(id);
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT country FROM directory_firm WHERE firm_id = ?", String.class, id))
                .isEqualTo("KR");
    }

    @Test
    void withoutIdTheServerMakesOne() {
        Response response = post("/api/v1/firms", """
                {"name": "JSR", "country": "JP", "size": "LARGE"}""");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.id()).matches("[0-9a-f-]{36}");
    }

    @Test
    void repeatingARegistrationIsAnsweredAsTheFirstTime() {
        String body = """
                {"id": "%s", "name": "Acme", "country": "KR", "size": "SME"}""".formatted(unique("acme"));
        Response first = post("/api/v1/firms", body);
        long before = storedEvents();

        Response repeat = post("/api/v1/firms", body);

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theSameIdWithAnotherBodyIsAConflict() {
        String id = registerFirm(unique("acme"));
        long before = storedEvents();

        Response response = post("/api/v1/firms", """
                {"id": "%s", "name": "Someone else", "country": "KR", "size": "SME"}""".formatted(id));

        assertProblem(response, 409);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aTakenRegistrationNumberIsAConflict() {
        String number = unique("reg");
        post("/api/v1/firms", """
                {"id": "%s", "name": "A", "country": "KR", "size": "SME", "registrationNumber": "%s"}"""
                .formatted(unique("a"), number));
        long before = storedEvents();

        Response response = post("/api/v1/firms", """
                {"id": "%s", "name": "B", "country": "KR", "size": "SME", "registrationNumber": "%s"}"""
                .formatted(unique("b"), number));

        assertProblem(response, 409);
        assertThat(response.body().path("detail").asText()).startsWith("UniqueRegistrationNumber");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void concurrentRegistrationsOfOneIdEndInOneFirm() throws Exception {
        String id = unique("race");
        List<Callable<Response>> sameBody = new ArrayList<>();
        List<Callable<Response>> otherBodies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sameBody.add(() -> post("/api/v1/firms", """
                    {"id": "%s", "name": "Racer", "country": "KR", "size": "SME"}""".formatted(id)));
        }
        String contested = unique("contested");
        for (int i = 0; i < 6; i++) {
            String name = "Racer " + i;
            otherBodies.add(() -> post("/api/v1/firms", """
                    {"id": "%s", "name": "%s", "country": "KR", "size": "SME"}""".formatted(contested, name)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Integer> same = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(sameBody)) {
                same.add(f.get().status());
            }
            List<Integer> other = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(otherBodies)) {
                other.add(f.get().status());
            }
            assertThat(same).containsOnly(201);
            assertThat(other).containsOnly(201, 409);
            assertThat(other).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (?, ?)",
                                       Long.class, "firm:" + id, "firm:" + contested)).isEqualTo(2);
    }

    @Test
    void concurrentRegistrationsOfOneRegistrationNumberLeaveItWithOneFirm() throws Exception {
        String number = unique("reg");
        List<Callable<Response>> registrations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = unique("twin");
            registrations.add(() -> post("/api/v1/firms", """
                    {"id": "%s", "name": "Twin", "country": "KR", "size": "SME", "registrationNumber": "%s"}"""
                    .formatted(id, number)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(registrations)) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        // The losers' events were rolled back with their directory rows: one firm holds the number, in both places.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM directory_firm WHERE registration_number = ?",
                                       Long.class, number)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
                                       Long.class, "%\"" + number + "\"%")).isEqualTo(1);
    }

    @Test
    void invalidRegistrationsAreBadRequestsAndRecordNothing() {
        long before = storedEvents();

        assertFieldError(post("/api/v1/firms", """
                {"name": " ", "country": "KR", "size": "SME"}"""), "name");
        assertFieldError(post("/api/v1/firms", """
                {"country": "KR", "size": "SME"}"""), "name");
        assertFieldError(post("/api/v1/firms", """
                {"name": "A", "country": "XX", "size": "SME"}"""), "country");
        assertFieldError(post("/api/v1/firms", """
                {"name": "A", "country": "KR", "size": "HUGE"}"""), "size");
        assertFieldError(post("/api/v1/firms", """
                {"name": "A", "country": "KR"}"""), "size");
        assertFieldError(post("/api/v1/firms", """
                {"id": "no/slashes", "name": "A", "country": "KR", "size": "SME"}"""), "id");
        assertProblem(post("/api/v1/firms", "{\"name\": "), 400);
        assertProblem(post("/api/v1/firms", ""), 400);

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCapabilityIsDeclaredAndWithdrawn() {
        String firm = registerFirm(unique("firm"));
        String component = registerComponent(unique("comp"));

        Response declared = post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 7, "annualCapacity": 1200, "unit": "t",
                 "since": "2024-01-01"}""".formatted(component));
        assertThat(declared.status()).isEqualTo(201);
        assertThat(declared.id()).isEqualTo(firm);

        Response withdrawn = delete("/api/v1/firms/" + firm + "/capabilities/" + component + "?effectiveFrom=2024-06-01");
        assertThat(withdrawn.status()).isEqualTo(204);

        assertProblem(delete("/api/v1/firms/" + firm + "/capabilities/" + component), 404);
    }

    @Test
    void aCapabilityWithoutSinceHoldsFromToday() {
        String firm = registerFirm(unique("firm"));
        String component = registerComponent(unique("comp"));

        Response declared = post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 3}""".formatted(component));

        assertThat(declared.status()).isEqualTo(201);
        assertThat(declared.body().path("since").asText())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString());
        assertThat(delete("/api/v1/firms/" + firm + "/capabilities/" + component).status()).isEqualTo(204);
    }

    /** The ranges of a capability are the firm's rules: the problem details name them and the field. */
    @Test
    void aCapabilityOutOfRangeIsABadRequestNamingTheRule() {
        String firm = registerFirm(unique("firm"));
        String component = registerComponent(unique("comp"));
        long before = storedEvents();

        Response trl = post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 0}""".formatted(component));
        Response capacity = post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 5, "annualCapacity": 1e16}""".formatted(component));

        assertFieldError(trl, "technologyReadiness");
        assertThat(trl.body().path("detail").asText()).startsWith("CapabilityTrlInRange: ");
        assertFieldError(capacity, "annualCapacity");
        assertThat(capacity.body().path("detail").asText()).startsWith("QuantityWithinRange: ");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void capabilityErrorsAreMappedByWhereTheProblemIs() {
        String firm = registerFirm(unique("firm"));
        String component = registerComponent(unique("comp"));
        long before = storedEvents();

        assertFieldError(post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 8.5}""".formatted(component)), "technologyReadiness");
        assertFieldError(post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 10}""".formatted(component)), "technologyReadiness");
        assertFieldError(post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 5, "annualCapacity": -1}""".formatted(component)),
                         "annualCapacity");
        assertFieldError(post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 5, "since": "2024-02-30"}""".formatted(component)),
                         "since");
        Response unknownComponent = post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "unobtainium", "technologyReadiness": 5}""");
        assertProblem(unknownComponent, 422);
        assertThat(unknownComponent.body().path("detail").asText()).startsWith("CapabilityForKnownComponent");
        assertProblem(post("/api/v1/firms/" + unique("ghost") + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 5}""".formatted(component)), 404);
        assertProblem(delete("/api/v1/firms/" + firm + "/capabilities/" + component), 404);
        assertFieldError(delete("/api/v1/firms/" + firm + "/capabilities/" + component + "?effectiveFrom=yesterday"),
                         "effectiveFrom");

        assertThat(storedEvents()).isEqualTo(before);
    }
}
