package io.stageflow.kit.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Carries the HTTP caller into every command it causes, so that an aggregate decides who may change
 * it in the same step as it decides the change: no check-then-act gap between a controller's read
 * and the command. Commands dispatched without a caller (reactions to other services' events, on
 * consumer threads) are the system's own and carry none.
 */
public final class CallerMetaData implements MessageDispatchInterceptor<CommandMessage<?>> {
    static final String KEY = "stageflow.caller";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> Caller.current()
                .<CommandMessage<?>>map(caller -> command.andMetaData(Map.of(KEY, caller)))
                .orElse(command);
    }

    /** The caller of the command being handled, or empty for the system's own commands. */
    public static Optional<Caller> current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        Object caller = CurrentUnitOfWork.get().getMessage().getMetaData().get(KEY);
        return caller instanceof Caller known ? Optional.of(known) : Optional.empty();
    }

    /** The metadata a test fixture sends to act as {@code caller}. */
    public static Map<String, Object> of(Caller caller) {
        return Map.of(KEY, caller);
    }
}
