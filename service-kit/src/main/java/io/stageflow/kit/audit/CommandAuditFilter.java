package io.stageflow.kit.audit;

import io.stageflow.kit.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The audit log: one line per command (every request that is not a read), accepted or refused, with
 * who sent it, for which tenant, what it was and when, on the logger {@value #LOGGER} so operators
 * route it apart from the application log (docs/security.md). Bodies are not logged: they can hold
 * personal data, and the events the command recorded are the log of what changed.
 */
public final class CommandAuditFilter extends OncePerRequestFilter {
    public static final String LOGGER = "stageflow.audit";
    private static final Logger audit = LoggerFactory.getLogger(LOGGER);

    private final Clock clock;

    public CommandAuditFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant at = clock.instant();
        // Read before the chain: the security context is the caller's while the request is served.
        Optional<Caller> caller = Caller.current();
        try {
            chain.doFilter(request, response);
        } finally {
            audit.info(
                    "command at={} tenant={} user={} roles={} method={} path={} status={} idempotencyKey={}",
                    at,
                    caller.map(c -> c.tenant().value()).orElse("-"),
                    caller.map(Caller::user).orElse("-"),
                    caller.map(c -> c.roles().toString()).orElse("[]"),
                    request.getMethod(),
                    request.getRequestURI(),
                    response.getStatus(),
                    Optional.ofNullable(request.getHeader("Idempotency-Key")).orElse("-"));
        }
    }
}
