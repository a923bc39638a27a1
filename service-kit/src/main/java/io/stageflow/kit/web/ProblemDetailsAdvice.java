package io.stageflow.kit.web;

import io.stageflow.kit.domain.InvalidCommand;
import io.stageflow.kit.domain.MissingInformation;
import io.stageflow.kit.domain.RuleViolation;
import io.stageflow.kit.security.AccessRefused;
import java.util.List;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem document. Client mistakes get a 4xx that says what was wrong;
 * only a fault of ours is a 500, and its details stay in the log.
 */
@RestControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalidFields(FieldErrors.of(e.getBindingResult()), "The request has invalid fields.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String otherwise = FieldErrors.recordRule(e.getCause()).orElse("The request body is not valid JSON.");
        return invalidFields(FieldErrors.of(e.getCause()), otherwise);
    }

    private static ResponseEntity<Object> invalidFields(List<FieldErrors.FieldError> errors, String otherwise) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST, "Invalid request", errors.isEmpty() ? otherwise : FieldErrors.describe(errors));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(InvalidCommand.class)
    ProblemDetail invalidCommand(InvalidCommand e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldErrors.FieldError(e.field(), e.getMessage())));
        }
        return problem;
    }

    /** Well-formed, allowed in this state, but information the rules require is missing. */
    @ExceptionHandler(MissingInformation.class)
    ProblemDetail missingInformation(MissingInformation e) {
        ProblemDetail problem =
                problem(HttpStatus.UNPROCESSABLE_ENTITY, "Required information missing", e.getMessage());
        problem.setProperty("missingFields", e.missingFields());
        problem.setProperty(
                "errors",
                e.missingFields().stream()
                        .map(field -> new FieldErrors.FieldError(field, "required"))
                        .toList());
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        return problem(HttpStatus.CONFLICT, "Not allowed in the current state", e.getMessage());
    }

    /** The client's {@code If-Match} named a version that is no longer current: no lost update. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(
                HttpStatus.PRECONDITION_FAILED,
                "Stale version",
                "The resource is at version " + e.getActualVersion() + ", not the version in If-Match "
                        + e.getExpectedVersion() + "; read it again and retry.");
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    /** Two commands raced for the same aggregate and this one lost the append. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "Concurrent change", "The resource was changed concurrently; retry.");
    }

    /**
     * A missing aggregate, or an id of another kind of aggregate: predictable ids (a tenant's default
     * pipeline, its reason lists) share the event store with leads and opportunities, and Axon
     * refuses to load one's history as the other. Either way the caller named nothing of that kind.
     */
    @ExceptionHandler({AggregateNotFoundException.class, IncompatibleAggregateException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "No such resource.");
    }

    /** Raised past the security filters (e.g. resolving the tenant); same answers as the filters give. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(
                        HttpStatus.UNAUTHORIZED,
                        "Unauthorized",
                        "A valid bearer token is required: " + e.getMessage()));
    }

    /** The firewall refused a request part (a NUL in a parameter name, say): the client's mistake. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        // Our own refusals name their rule; Spring's (a role the token lacks) say nothing of the endpoint.
        String detail = e instanceof AccessRefused ? e.getMessage() : "The token's roles do not allow this request.";
        return problem(HttpStatus.FORBIDDEN, "Forbidden", detail);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (StoreUnavailable.causes(e)) {
            log.warn("A store is unreachable: {}", StoreUnavailable.describe(e));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, StoreUnavailable.RETRY_AFTER_SECONDS)
                    .body(problem(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "Service unavailable",
                            "A database this service needs is unreachable. The request may not have taken"
                                    + " effect: retry it, with the same Idempotency-Key if it had one."));
        }
        log.error("Unhandled error", e);
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be completed."));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
