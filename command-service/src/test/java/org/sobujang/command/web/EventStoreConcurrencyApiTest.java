package org.sobujang.command.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.sobujang.api.firm.FirmRegistered;
import org.sobujang.api.firm.FirmSize;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In one JVM Axon's aggregate lock serialises writers, so the event store's unique index is what stops a writer in
 * another JVM. This proves PostgreSQL's duplicate-key failure reaches Axon as the exceptions that are retried.
 */
class EventStoreConcurrencyApiTest extends ApiTestSupport {

    @Autowired
    private EventStorageEngine storageEngine;

    @Autowired
    private TransactionTemplate transactions;

    private void append(String aggregateId, long sequence) {
        FirmRegistered payload = new FirmRegistered(aggregateId, "Racer", "KR", FirmSize.SME, null);
        transactions.executeWithoutResult(status -> storageEngine.appendEvents(
                new GenericDomainEventMessage<>("Firm", "firm:" + aggregateId, sequence, payload)));
    }

    @Test
    void aSecondCreationOfOneAggregateIsAStreamCreationConflict() {
        String id = unique("twice");
        append(id, 0);

        assertThatThrownBy(() -> append(id, 0)).isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void aSecondAppendOfOneSequenceNumberIsAConcurrencyConflict() {
        String id = unique("twice");
        append(id, 0);
        append(id, 1);

        assertThatThrownBy(() -> append(id, 1)).isInstanceOf(ConcurrencyException.class);
    }
}
