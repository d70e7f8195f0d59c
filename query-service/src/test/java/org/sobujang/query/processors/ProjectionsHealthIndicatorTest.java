package org.sobujang.query.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sobujang.query.processors.ProjectionLag.ProcessorLag;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class ProjectionsHealthIndicatorTest {

    private final ProjectionLagMonitor monitor = mock(ProjectionLagMonitor.class);
    private final ProjectionsHealthIndicator indicator = new ProjectionsHealthIndicator(monitor, 1000);

    private void lagging(long tradeLag) {
        when(monitor.current()).thenReturn(new ProjectionLag(5000, List.of(
                new ProcessorLag("firms", 5000, 0, 2),
                new ProcessorLag("trade", 5000 - tradeLag, tradeLag, 2))));
    }

    @Test
    void readyWhileTheSlowestProjectionIsWithinTheLimit() {
        lagging(1000);

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("head", 5000L).containsEntry("maxLag", 1000L)
                                        .containsEntry("maxReadyLag", 1000L);
        assertThat(health.getDetails().get("processors")).isEqualTo(Map.of(
                "firms", Map.of("position", 5000L, "lag", 0L, "segments", 2),
                "trade", Map.of("position", 4000L, "lag", 1000L, "segments", 2)));
    }

    @Test
    void outOfServiceOnceAProjectionFallsFurtherBehind() {
        lagging(1001);

        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }
}
