package io.stageflow.kit.web;

import io.stageflow.kit.domain.BusinessTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Marks the commands of a request that named no {@code occurredAt} with the "now" the server chose
 * for it ({@link BusinessTime#SERVER_CHOSEN}), so that the aggregate can tell "now" from a time the
 * caller asked for: it takes the first request's "now" as no earlier than its previous change.
 */
public final class ServerChosenTime implements MessageDispatchInterceptor<CommandMessage<?>> {
    private static final String ATTRIBUTE = ServerChosenTime.class.getName();

    /** Remembers, for the rest of the current request, that the server chose {@code now}. */
    static void remember(Instant now) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, now.toString(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object chosen = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return (index, command) ->
                chosen == null ? command : command.andMetaData(Map.of(BusinessTime.SERVER_CHOSEN, chosen));
    }
}
