package org.sobujang.command.bus;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.sobujang.command.security.TestTokens;
import org.sobujang.command.web.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthEndpointGroups;

/** Commands are timed by command and outcome, failures counted by reason; health and metrics are reachable. */
class CommandMetricsApiTest extends ApiTestSupport {

    @Autowired
    private MeterRegistry registry;

    @Autowired
    private HealthContributorRegistry healthContributors;

    @Autowired
    private HealthEndpointGroups healthGroups;

    private long timed(String command, String outcome) {
        Timer timer = registry.find("sobujang.commands").tags("command", command, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double failed(String command, String reason) {
        Counter counter = registry.find("sobujang.commands.failed").tags("command", command, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void acceptedAndRejectedCommandsMoveTheirMeters() {
        String firm = unique("acme");
        long accepted = timed("RegisterFirm", "accepted");
        long conflicts = timed("RegisterFirm", "Conflict");
        double failedConflicts = failed("RegisterFirm", "Conflict");
        long violations = timed("DeclareCapability", "RuleViolated");
        double failedViolations = failed("DeclareCapability", "RuleViolated");

        registerFirm(firm);
        Response conflict = post("/api/v1/firms", """
                {"id": "%s", "name": "Someone else", "country": "KR", "size": "SME"}""".formatted(firm));
        Response violation = post("/api/v1/firms/" + firm + "/capabilities", """
                {"componentId": "%s", "technologyReadiness": 7}""".formatted(unique("ghost")));

        assertProblem(conflict, 409);
        assertProblem(violation, 422);
        assertThat(timed("RegisterFirm", "accepted")).isEqualTo(accepted + 1);
        assertThat(timed("RegisterFirm", "Conflict")).isEqualTo(conflicts + 1);
        assertThat(failed("RegisterFirm", "Conflict")).isEqualTo(failedConflicts + 1);
        assertThat(timed("DeclareCapability", "RuleViolated")).isEqualTo(violations + 1);
        assertThat(failed("DeclareCapability", "RuleViolated")).isEqualTo(failedViolations + 1);
        assertThat(registry.find("sobujang.commands.failed").tags("command", "RegisterFirm", "reason", "accepted")
                           .counter()).isNull();
    }

    @Test
    void commandMetricsAreServedByTheMetricsEndpoint() {
        registerFirm(unique("acme"));

        // Actuator beyond health is for administrators only.
        Response metric = getAs(TestTokens.admin(), "/actuator/metrics/sobujang.commands?tag=command:RegisterFirm&tag=outcome:accepted");

        assertThat(metric.status()).isEqualTo(200);
        assertThat(metric.body().path("measurements").findValuesAsText("statistic")).contains("COUNT");
        assertThat(metric.body().path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1);
        assertThat(getAs(TestTokens.admin(), "/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void healthIsUpWithTheEventStoreAndHasProbes() {
        // Probes are answered without a token: orchestrators have none.
        Response health = getAs(null, "/actuator/health");
        Response readiness = getAs(null, "/actuator/health/readiness");
        Response liveness = getAs(null, "/actuator/health/liveness");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().path("status").asText()).isEqualTo("UP");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body().path("status").asText()).isEqualTo("UP");
        // The event store's DataSource decides overall health and readiness; liveness must not restart on a DB outage.
        assertThat(healthContributors.getContributor("db")).isNotNull();
        assertThat(healthGroups.getPrimary().isMember("db")).isTrue();
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
    }
}
