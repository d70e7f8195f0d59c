package org.sobujang.command.bus;

import java.util.List;
import java.util.Map;

import jakarta.annotation.Nonnull;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Returns every accepted command's result as a CommandResultMessage carrying its consistency token in the meta data;
 * Axon passes a returned CommandResultMessage to the sender as it is (DefaultUnitOfWork#executeWithResult,
 * GenericCommandResultMessage#asCommandResultMessage). A command that appended nothing (an idempotent repeat) gets its
 * aggregate's latest stored event, so its sender can still wait for the state it was answered from.
 */
final class ConsistencyTokenInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final JdbcTemplate eventStore;

    ConsistencyTokenInterceptor(JdbcTemplate eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Object handle(@Nonnull UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         @Nonnull InterceptorChain interceptorChain) throws Exception {
        // The root may outlive this command (one sent while another is handled): count only what this one publishes.
        unitOfWork.root().resources().remove(PublishedEventRecorder.LAST_EVENT);
        Object result = interceptorChain.proceed();
        String token = unitOfWork.root().getResource(PublishedEventRecorder.LAST_EVENT);
        if (token == null) {
            token = latestStoredEvent(unitOfWork.getMessage());
        }
        CommandResultMessage<Object> message = GenericCommandResultMessage.asCommandResultMessage(result);
        return token == null ? message : message.andMetaData(Map.of(ConsistencyToken.META_DATA_KEY, token));
    }

    /** One index lookup on (aggregateIdentifier, sequenceNumber), in the command's own short transaction. */
    private String latestStoredEvent(CommandMessage<?> command) {
        String aggregateId = targets.resolveTarget(command).getIdentifier();
        List<String> latest = eventStore.queryForList(
                "SELECT eventIdentifier FROM domainevententry WHERE aggregateIdentifier = ? "
                        + "ORDER BY sequenceNumber DESC LIMIT 1", String.class, aggregateId);
        return latest.isEmpty() ? null : latest.get(0);
    }
}
