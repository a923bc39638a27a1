package io.stageflow.kit.security;

import io.stageflow.kit.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as RFC 9457 problem documents, with the bearer challenge RFC 6750 asks for. */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        ProblemResponses.write(
                response,
                HttpStatus.UNAUTHORIZED,
                "Unauthorized",
                "A valid bearer token is required: " + e.getMessage());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Forbidden", "The token does not allow this request.");
    }
}
