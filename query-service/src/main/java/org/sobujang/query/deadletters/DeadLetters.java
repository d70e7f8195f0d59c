package org.sobujang.query.deadletters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.sobujang.query.positions.StreamingProcessors;

/**
 * What operators see of the dead-letter queues, and what they do with them: retry parked events (they are handled
 * again, in order per sequence, and removed when they succeed) or skip them (removed unhandled; the read model stays
 * without them until the next reset).
 */
public class DeadLetters {

    /** Sequences shown per processor; {@link GroupView#sequences()} says how many there are in all. */
    static final int SHOWN_SEQUENCES = 100;
    /** Letters shown per sequence. */
    static final int SHOWN_LETTERS = 20;

    public record LetterView(String eventIdentifier, String eventType, String aggregateIdentifier,
                             Long aggregateSequenceNumber, Instant eventTimestamp, Instant parkedAt,
                             Instant lastTouched, String causeType, String causeMessage, String parkedBy) {
    }

    public record SequenceView(String sequence, long letters, List<LetterView> shown) {
    }

    public record GroupView(String processor, long letters, long sequences, List<SequenceView> shown) {
    }

    public record RetryOutcome(String processor, long lettersBefore, long lettersAfter, int sequencesRetried,
                               int sequencesStillFailing) {
    }

    public static final class UnknownProcessor extends RuntimeException {
        UnknownProcessor(String name) {
            super("No processor named '" + name + "' has a dead-letter queue");
        }
    }

    public static final class UnknownLetter extends RuntimeException {
        UnknownLetter(String message) {
            super(message);
        }
    }

    private final EventProcessingConfiguration configuration;
    private final StreamingProcessors processors;

    DeadLetters(EventProcessingConfiguration configuration, StreamingProcessors processors) {
        this.configuration = configuration;
        this.processors = processors;
    }

    /** The processors that have a dead-letter queue, by name. */
    public List<String> processors() {
        return processors.all().stream().map(StreamingEventProcessor::getName)
                         .filter(name -> configuration.deadLetterQueue(name).isPresent()).toList();
    }

    public long count(String processor) {
        return queue(processor).size();
    }

    public List<GroupView> all() {
        return processors().stream().map(this::group).toList();
    }

    public GroupView group(String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        List<SequenceView> shown = new ArrayList<>();
        long sequences = 0;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            sequences++;
            if (shown.size() >= SHOWN_SEQUENCES) {
                continue;
            }
            List<LetterView> letters = new ArrayList<>();
            String identifier = null;
            long size = 0;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                size++;
                if (identifier == null) {
                    identifier = sequenceOf(letter);
                }
                if (letters.size() < SHOWN_LETTERS) {
                    letters.add(view(letter));
                }
            }
            if (identifier != null) {
                shown.add(new SequenceView(identifier, size, letters));
            }
        }
        return new GroupView(processor, queue.size(), sequences, shown);
    }

    /** Retries every parked sequence of the processor once; a sequence whose first letter fails again stays. */
    public RetryOutcome retryAll(String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        long before = queue.size();
        long sequences = queue.amountOfSequences();
        SequencedDeadLetterProcessor<EventMessage<?>> letters = letterProcessor(processor);
        int retried = 0;
        int failing = 0;
        List<String> tried = new ArrayList<>();
        // each round claims one sequence not tried yet; bounded by the sequences there were at the start
        for (long round = 0; round < sequences; round++) {
            List<String> exclude = List.copyOf(tried);
            String[] claimed = new String[1];
            boolean success = letters.process(letter -> {
                String sequence = sequenceOf(letter);
                if (exclude.contains(sequence)) {
                    return false;
                }
                claimed[0] = sequence;
                return true;
            });
            if (claimed[0] == null) {
                break;
            }
            tried.add(claimed[0]);
            retried++;
            if (!success) {
                failing++;
            }
        }
        return new RetryOutcome(processor, before, queue.size(), retried, failing);
    }

    /** Retries one sequence; false if its first letter failed again (it stays parked). */
    public RetryOutcome retrySequence(String processor, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        requireSequence(queue, processor, sequence);
        long before = queue.size();
        boolean success = letterProcessor(processor).process(letter -> sequence.equals(sequenceOf(letter)));
        return new RetryOutcome(processor, before, queue.size(), 1, success ? 0 : 1);
    }

    /** Skips every letter of a sequence: they are removed without being handled. */
    public long skipSequence(String processor, String sequence) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        requireSequence(queue, processor, sequence);
        long removed = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence)) {
            queue.evict(letter);
            removed++;
        }
        return removed;
    }

    private static void requireSequence(SequencedDeadLetterQueue<EventMessage<?>> queue, String processor,
                                        String sequence) {
        if (!queue.contains(sequence)) {
            throw new UnknownLetter("Processor '" + processor + "' has no parked sequence '" + sequence + "'");
        }
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        return configuration.deadLetterQueue(processor).orElseThrow(() -> new UnknownProcessor(processor));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> letterProcessor(String processor) {
        return configuration.sequencedDeadLetterProcessor(processor)
                            .orElseThrow(() -> new UnknownProcessor(processor));
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof MongoDeadLetter<?> mongo) {
            return mongo.sequenceIdentifier();
        }
        EventMessage<?> message = letter.message();
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : message.getIdentifier();
    }

    private static LetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        Optional<Cause> cause = letter.cause();
        Object parkedBy = letter.diagnostics().get(ProjectionFailurePolicy.PARKED_BY);
        return new LetterView(message.getIdentifier(), message.getPayloadType().getSimpleName(),
                              message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : null,
                              message instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : null,
                              message.getTimestamp(), letter.enqueuedAt(), letter.lastTouched(),
                              cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null),
                              parkedBy == null ? null : parkedBy.toString());
    }
}
