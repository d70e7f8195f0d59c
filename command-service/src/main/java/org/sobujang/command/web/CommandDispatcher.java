package org.sobujang.command.web;

import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.sobujang.command.BatchChangeRejected;
import org.sobujang.command.Conflict;
import org.sobujang.command.Reference;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.bus.ConsistencyToken;
import org.springframework.stereotype.Component;

/**
 * Sends a command and waits for it. When another writer appended to the same aggregate first (or created it first),
 * the event store's unique index rejects the append; the command is then retried against the fresh state, so a
 * concurrent duplicate registration ends as an idempotent success or a 409, never a 500.
 */
@Component
public class CommandDispatcher {

    private static final int ATTEMPTS = 4;

    private final CommandGateway gateway;

    CommandDispatcher(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * @return the command's consistency token (see {@link ConsistencyToken}), read from the result message rather than
     * {@code sendAndWait}'s bare payload, which drops the meta data it travels in
     */
    public String send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tokenOf(dispatch(command));
            } catch (RuntimeException e) {
                if (!isConcurrentWrite(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new Conflict("The resource was changed concurrently " + ATTEMPTS
                                               + " times while this command was applied; send it again");
                }
            }
        }
    }

    /**
     * As {@link #send(Object)}, for a command whose handler checks objects the request's path names (a plan's buyer
     * and component): refused because one of those does not exist, the command is answered 404, as any unknown id in
     * the path is (docs/api.md); the same id in the body stays the 422 of the rule that needs it.
     */
    public String send(Object command, Reference... inPath) {
        try {
            return send(command);
        } catch (RuleViolated | BatchChangeRejected refusal) {
            Optional<Reference> unknown = unknownReference(refusal).filter(List.of(inPath)::contains);
            if (unknown.isPresent()) {
                throw unknown.get().notFound();
            }
            throw refusal;
        }
    }

    private static Optional<Reference> unknownReference(RuntimeException refusal) {
        Object reason = refusal instanceof BatchChangeRejected batch ? batch.reason() : refusal;
        return reason instanceof RuleViolated violated ? violated.unknown() : Optional.empty();
    }

    /** Fails exactly as {@code sendAndWait} does: the handler's own exception, unwrapped. */
    private CommandResultMessage<?> dispatch(Object command) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        gateway.send(command, callback);
        CommandResultMessage<?> result = callback.getResult();
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new CommandExecutionException("Command failed: " + failure.getMessage(), failure);
        }
        return result;
    }

    /** Every accepted command touches an aggregate that has stored events, so a missing token is a defect here. */
    private static String tokenOf(CommandResultMessage<?> result) {
        Object token = result.getMetaData().get(ConsistencyToken.META_DATA_KEY);
        if (token == null) {
            throw new IllegalStateException("An accepted command came back without a consistency token");
        }
        return token.toString();
    }

    static boolean isConcurrentWrite(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
