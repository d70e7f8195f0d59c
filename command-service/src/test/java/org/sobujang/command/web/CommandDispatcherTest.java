package org.sobujang.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.sobujang.command.BatchChangeRejected;
import org.sobujang.command.Conflict;
import org.sobujang.command.NotFound;
import org.sobujang.command.Reference;
import org.sobujang.command.Rule;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.bus.ConsistencyToken;

class CommandDispatcherTest {

    /** Stands for any rule of an aggregate. */
    private static final class SharesNeverExceedDemand extends Rule {
    }

    /** Stands for a rule that needs another aggregate's object. */
    private static final class SupplierIsARegisteredFirm extends Rule {
    }

    private final CommandGateway gateway = Mockito.mock(CommandGateway.class);
    private final CommandDispatcher dispatcher = new CommandDispatcher(gateway);
    private final AtomicInteger calls = new AtomicInteger();

    /** The gateway answers {@code command} through its callback, as Axon's does once the unit of work is done. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answer(String command, Supplier<CommandResultMessage<?>> result) {
        Mockito.doAnswer(invocation -> {
            calls.incrementAndGet();
            CommandCallback callback = invocation.getArgument(1);
            callback.onResult(GenericCommandMessage.asCommandMessage(command), result.get());
            return null;
        }).when(gateway).send(ArgumentMatchers.eq(command), ArgumentMatchers.any(CommandCallback.class));
    }

    private static CommandResultMessage<?> accepted(String token) {
        return GenericCommandResultMessage.asCommandResultMessage((Object) null)
                                          .andMetaData(Map.of(ConsistencyToken.META_DATA_KEY, token));
    }

    @Test
    void theTokenOfTheResultIsReturned() {
        answer("register", () -> accepted("event-1"));

        assertThat(dispatcher.send("register")).isEqualTo("event-1");
    }

    @Test
    void aCommandThatLostARaceIsRetriedAgainstTheFreshState() {
        answer("register", () -> calls.get() == 1
                ? GenericCommandResultMessage.asCommandResultMessage(
                        new AggregateStreamCreationException("firm:acme was created by another writer"))
                : accepted("event-2"));

        assertThat(dispatcher.send("register")).isEqualTo("event-2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aCommandThatKeepsLosingIsAConflict() {
        answer("change", () -> GenericCommandResultMessage.asCommandResultMessage(
                new ConcurrencyException("sequence number taken")));

        assertThatThrownBy(() -> dispatcher.send("change")).isInstanceOf(Conflict.class);
        assertThat(calls).hasValue(4);
    }

    @Test
    void aRejectedCommandIsNotRetriedAndFailsWithTheHandlersOwnException() {
        answer("bad", () -> GenericCommandResultMessage.asCommandResultMessage(
                new RuleViolated(new SharesNeverExceedDemand(), "shares would sum to 1.05 on 2020-06-01")));

        assertThatThrownBy(() -> dispatcher.send("bad")).isInstanceOf(RuleViolated.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anUnknownObjectThatThePathNamesIsNotFound() {
        answer("change", () -> GenericCommandResultMessage.asCommandResultMessage(
                RuleViolated.unknown(new SupplierIsARegisteredFirm(), Reference.firm("ghost"))));

        assertThatThrownBy(() -> dispatcher.send("change", Reference.firm("ghost")))
                .isInstanceOf(NotFound.class).hasMessage("Firm ghost does not exist");
    }

    @Test
    void anUnknownObjectOfABatchThatThePathNamesIsNotFound() {
        answer("batch", () -> GenericCommandResultMessage.asCommandResultMessage(new BatchChangeRejected(
                0, RuleViolated.unknown(new SupplierIsARegisteredFirm(), Reference.component("resist")))));

        assertThatThrownBy(() -> dispatcher.send("batch", Reference.firm("samsung"), Reference.component("resist")))
                .isInstanceOf(NotFound.class).hasMessage("Component resist does not exist");
    }

    @Test
    void anUnknownObjectThatOnlyTheBodyNamesBreaksTheRuleThatNeedsIt() {
        // A firm and a component may share an id string: only the same kind of object in the path is a 404.
        answer("change", () -> GenericCommandResultMessage.asCommandResultMessage(
                RuleViolated.unknown(new SupplierIsARegisteredFirm(), Reference.firm("resist"))));

        assertThatThrownBy(() -> dispatcher.send("change", Reference.firm("samsung"), Reference.component("resist")))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("SupplierIsARegisteredFirm: firm resist is not registered");
    }

    @Test
    void otherRefusalsOfACommandWithPathReferencesAreUnchanged() {
        answer("bad", () -> GenericCommandResultMessage.asCommandResultMessage(
                new RuleViolated(new SharesNeverExceedDemand(), "shares would sum to 1.05 on 2020-06-01")));

        assertThatThrownBy(() -> dispatcher.send("bad", Reference.firm("samsung")))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("SharesNeverExceedDemand: shares would sum to 1.05 on 2020-06-01");
    }
}
