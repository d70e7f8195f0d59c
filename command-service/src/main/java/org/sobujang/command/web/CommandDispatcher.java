package org.sobujang.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.sobujang.command.Conflict;
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

    public void send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                gateway.sendAndWait(command);
                return;
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

    static boolean isConcurrentWrite(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
