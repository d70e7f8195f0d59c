package org.sobujang.command.bus;

import jakarta.annotation.Nonnull;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

/**
 * Monitors the event store and notes, in the root unit of work of the command being handled, the identifier of each
 * event the command publishes. A monitor rather than a dispatch interceptor, because Axon 4.13 runs the event bus's
 * dispatch interceptors only in the unit of work's prepare-commit phase (AbstractEventBus#eventsQueue), after the
 * command handler interceptors have already returned their result; the monitor is called inside
 * {@code EventBus.publish}, that is while the aggregate applies the event. The identifier is the one the storage
 * engine appends: neither context propagation nor meta data added later changes it.
 */
final class PublishedEventRecorder implements MessageMonitor<Message<?>> {

    static final String LAST_EVENT = PublishedEventRecorder.class.getName() + ".lastEventIdentifier";

    @Override
    public MonitorCallback onMessageIngested(@Nonnull Message<?> message) {
        if (message instanceof EventMessage<?> && CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            if (root.getMessage() instanceof CommandMessage<?>) {
                root.resources().put(LAST_EVENT, message.getIdentifier());
            }
        }
        return NoOpMessageMonitorCallback.INSTANCE;
    }
}
