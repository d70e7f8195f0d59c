package org.sobujang.query.positions;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** The processors that keep tokens, i.e. the projections; subscribing ones (none here) have no position to report. */
public class StreamingProcessors {

    private final EventProcessingConfiguration configuration;

    public StreamingProcessors(EventProcessingConfiguration configuration) {
        this.configuration = configuration;
    }

    public List<StreamingEventProcessor> all() {
        return configuration.eventProcessors().values().stream()
                            .filter(StreamingEventProcessor.class::isInstance)
                            .map(StreamingEventProcessor.class::cast)
                            .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                            .toList();
    }

    public Optional<StreamingEventProcessor> named(String name) {
        return configuration.eventProcessor(name)
                            .filter(StreamingEventProcessor.class::isInstance)
                            .map(StreamingEventProcessor.class::cast);
    }
}
