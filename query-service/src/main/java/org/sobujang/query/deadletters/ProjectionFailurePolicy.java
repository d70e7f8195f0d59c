package org.sobujang.query.deadletters;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sobujang.query.readstore.TransientFailures;

/**
 * When a projection's handler fails on an event: a failure of the surroundings ({@link TransientFailures}) fails the
 * batch, which the processor retries from its token; so does the first failure of an event, in case it was one. An
 * event that fails a second time in a row is parked in its processing group's dead-letter queue with its cause, and
 * the processor goes on with the events of other sequences (the events of the same aggregate that follow it are
 * parked behind it, to keep their order). A parked event that fails again when an operator retries it stays parked.
 */
final class ProjectionFailurePolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String PARKED_BY = "parkedBy";
    static final String FIRST_FAILED_AT = "firstFailedAt";
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionFailurePolicy.class);
    private static final int REMEMBERED = 10_000;

    private final String node;
    /** Events that failed once, by identifier, with when; the oldest are forgotten beyond {@link #REMEMBERED}. */
    private final Map<String, Instant> failedOnce = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED;
        }
    };

    ProjectionFailurePolicy(String node) {
        this.node = node;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (letter.diagnostics().containsKey(PARKED_BY)) {
            return Decisions.requeue(cause);
        }
        if (TransientFailures.isTransient(cause)) {
            throw retry(cause);
        }
        String eventId = letter.message().getIdentifier();
        Instant first;
        synchronized (failedOnce) {
            first = failedOnce.remove(eventId);
            if (first == null) {
                failedOnce.put(eventId, Instant.now());
            }
        }
        if (first == null) {
            LOG.warn("Projecting event {} ({}) failed; its batch is retried before the event is parked: {}", eventId,
                     letter.message().getPayloadType().getSimpleName(), cause.toString());
            throw retry(cause);
        }
        LOG.error("Event {} ({}{}) failed twice and is parked in the dead-letter queue; the projection goes on "
                  + "without it. See GET /admin/dead-letters to retry or skip it.", eventId,
                  letter.message().getPayloadType().getSimpleName(), aggregate(letter.message()), cause);
        return Decisions.enqueue(cause, parked -> parked.diagnostics()
                                                        .and(PARKED_BY, node)
                                                        .and(FIRST_FAILED_AT, first.toString()));
    }

    private static String aggregate(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain
                ? " of " + domain.getAggregateIdentifier() + " #" + domain.getSequenceNumber() : "";
    }

    private static RuntimeException retry(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new ProjectionRetry(cause);
    }

    /** A checked failure of a handler, carried out of the policy so that the batch fails and is retried. */
    static final class ProjectionRetry extends RuntimeException {
        ProjectionRetry(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
