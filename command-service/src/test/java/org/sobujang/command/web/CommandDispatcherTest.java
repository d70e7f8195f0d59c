package org.sobujang.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.sobujang.command.Conflict;
import org.sobujang.command.RuleViolated;

class CommandDispatcherTest {

    private final CommandGateway gateway = Mockito.mock(CommandGateway.class);
    private final CommandDispatcher dispatcher = new CommandDispatcher(gateway);
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aCommandThatLostARaceIsRetriedAgainstTheFreshState() {
        Mockito.when(gateway.sendAndWait("register")).thenAnswer(invocation -> {
            if (calls.incrementAndGet() == 1) {
                throw new AggregateStreamCreationException("firm:acme was created by another writer");
            }
            return null;
        });

        dispatcher.send("register");

        assertThat(calls).hasValue(2);
    }

    @Test
    void aCommandThatKeepsLosingIsAConflict() {
        Mockito.when(gateway.sendAndWait("change")).thenAnswer(invocation -> {
            calls.incrementAndGet();
            throw new ConcurrencyException("sequence number taken");
        });

        assertThatThrownBy(() -> dispatcher.send("change")).isInstanceOf(Conflict.class);
        assertThat(calls).hasValue(4);
    }

    @Test
    void aRejectedCommandIsNotRetried() {
        Mockito.when(gateway.sendAndWait("bad")).thenAnswer(invocation -> {
            calls.incrementAndGet();
            throw new RuleViolated("SharesNeverExceedDemand", "shares would sum to 1.05 on 2020-06-01");
        });

        assertThatThrownBy(() -> dispatcher.send("bad")).isInstanceOf(RuleViolated.class);
        assertThat(calls).hasValue(1);
    }
}
