package io.stageflow.gateway.devtoken;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebInputException;

/** Tells the caller which field of a token request is wrong, as problem+json. */
@RestControllerAdvice(assignableTypes = DevTokenController.class)
@Profile("local")
class DevTokenErrors {

    @ExceptionHandler(WebExchangeBindException.class)
    ProblemDetail invalidRequest(WebExchangeBindException ex) {
        List<Map<String, String>> errors = ex.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The token request has invalid fields.");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ServerWebInputException.class)
    ProblemDetail unreadableRequest(ServerWebInputException ex) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request body must be a JSON object with 'tenant' and 'user'.");
    }
}
