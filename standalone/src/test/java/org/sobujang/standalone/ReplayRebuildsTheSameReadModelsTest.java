package org.sobujang.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Any read model can be dropped and rebuilt by replaying the event store, into identical documents. */
class ReplayRebuildsTheSameReadModelsTest extends StandaloneStack {

    /** Not read models: Axon's tracking tokens, the query nodes' heartbeats that balance segments, parked events. */
    private static final Set<String> OPERATIONAL = Set.of("trackingtokens", "query_nodes", "deadletters");

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MongoTemplate mongo;

    @Test
    void resettingEveryProcessorRebuildsIdenticalReadModels() {
        Map<String, StreamingEventProcessor> processors = processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (StreamingEventProcessor) e.getValue()));
        assertThat(processors).containsKeys("firms", "components", "sourcing");
        Map<String, List<Document>> before = settledReadModels();
        assertThat(before.values()).allSatisfy(docs -> assertThat(docs).isNotEmpty());

        processors.values().forEach(StreamingEventProcessor::shutDown);
        processors.values().forEach(StreamingEventProcessor::resetTokens);
        // the reset handlers cleared what they own before anything was replayed
        assertThat(readModels().values()).allSatisfy(docs -> assertThat(docs).isEmpty());
        processors.values().forEach(StreamingEventProcessor::start);

        await().atMost(PROJECTION_WAIT).untilAsserted(() -> assertThat(readModels()).isEqualTo(before));
        assertThat(processors.values()).allSatisfy(p -> assertThat(p.isRunning()).isTrue());
    }

    /** The read models once the projections have caught up: unchanged over a whole second. */
    private Map<String, List<Document>> settledReadModels() {
        AtomicReference<Map<String, List<Document>>> last = new AtomicReference<>(readModels());
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, List<Document>> current = readModels();
            return current.equals(last.getAndSet(current)) && !current.isEmpty();
        });
        return last.get();
    }

    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> models = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            if (!OPERATIONAL.contains(collection)) {
                List<Document> documents = new ArrayList<>();
                mongo.getCollection(collection).find().sort(new Document("_id", 1))
                     .forEach(d -> documents.add((Document) canonical(d)));
                models.put(collection, documents);
            }
        }
        return models;
    }

    /**
     * Arrays of plain values are sets kept with {@code $addToSet}: their order is the order in which segments
     * happened to apply events of different aggregates, which a replay need not repeat.
     */
    private static Object canonical(Object value) {
        if (value instanceof Document document) {
            Document copy = new Document();
            document.forEach((k, v) -> copy.put(k, canonical(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.stream().map(ReplayRebuildsTheSameReadModelsTest::canonical).toList());
            if (copy.stream().allMatch(String.class::isInstance)) {
                copy.sort(Comparator.comparing(String.class::cast));
            }
            return copy;
        }
        return value;
    }
}
