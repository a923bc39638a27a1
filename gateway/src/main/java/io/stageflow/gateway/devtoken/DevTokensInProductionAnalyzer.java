package io.stageflow.gateway.devtoken;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the guard's exception into Spring Boot's "APPLICATION FAILED TO START" report. */
class DevTokensInProductionAnalyzer extends AbstractFailureAnalyzer<DevTokensInProductionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DevTokensInProductionException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Remove 'local' from spring.profiles.active (or SPRING_PROFILES_ACTIVE) of this deployment;"
                        + " production tokens come from the identity provider configured by"
                        + " spring.security.oauth2.resourceserver.jwt.issuer-uri.",
                cause);
    }
}
