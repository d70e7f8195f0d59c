package org.sobujang.command.bus;

import jakarta.annotation.Nonnull;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Times every command and counts the failed ones. The outcome is read when the unit of work is cleaned up, not when
 * the handler returns, so failures of the commit itself (a concurrent append, a directory conflict) are counted too.
 * A command the dispatcher retries after a concurrent write is measured once per attempt.
 */
final class CommandMetricsInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String TIMER = "sobujang.commands";
    static final String FAILED = "sobujang.commands.failed";
    static final String ACCEPTED = "accepted";

    private final MeterRegistry registry;

    CommandMetricsInterceptor(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(@Nonnull UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         @Nonnull InterceptorChain interceptorChain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(registry);
        unitOfWork.onCleanup(done -> record(command, sample, done.getExecutionResult()));
        return interceptorChain.proceed();
    }

    private void record(String command, Timer.Sample sample, ExecutionResult result) {
        String outcome = result != null && result.isExceptionResult() ? reason(result.getExceptionResult()) : ACCEPTED;
        sample.stop(Timer.builder(TIMER)
                         .description("Commands handled, by command and outcome")
                         .tag("command", command)
                         .tag("outcome", outcome)
                         .register(registry));
        if (!ACCEPTED.equals(outcome)) {
            registry.counter(FAILED, "command", command, "reason", outcome).increment();
        }
    }

    private static String reason(Throwable failure) {
        String name = failure.getClass().getSimpleName();
        return name.isEmpty() ? failure.getClass().getName() : name;
    }
}
