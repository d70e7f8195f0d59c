package org.sobujang.command.bus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.annotation.Nonnull;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.sobujang.command.security.Caller;
import org.sobujang.command.security.CallerResolver;

/**
 * Puts the caller of the dispatching thread (a request thread, or an import thread that carries the security
 * context of the request that started it) on every command, as {@value #PRINCIPAL} and {@value #PRINCIPAL_FIRM}.
 * A correlation data provider copies both into every event the command causes. A dispatch interceptor, not a handler
 * interceptor: it runs on the sender's thread, where the security context is.
 */
public final class PrincipalMetaData implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String PRINCIPAL = "principal";
    public static final String PRINCIPAL_FIRM = "principalFirm";

    private final CallerResolver callers;

    public PrincipalMetaData(CallerResolver callers) {
        this.callers = callers;
    }

    @Nonnull
    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            @Nonnull List<? extends CommandMessage<?>> messages) {
        // Resolved when the interceptor is applied, on the dispatching thread, not when the function runs.
        Map<String, Object> principal = callers.current().map(PrincipalMetaData::metaData).orElse(Map.of());
        return (index, command) -> principal.isEmpty() ? command : command.andMetaData(principal);
    }

    private static Map<String, Object> metaData(Caller caller) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(PRINCIPAL, caller.clientId());
        if (caller.firmId() != null) {
            metaData.put(PRINCIPAL_FIRM, caller.firmId());
        }
        return metaData;
    }
}
