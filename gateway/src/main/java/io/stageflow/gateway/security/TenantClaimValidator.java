package io.stageflow.gateway.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses tokens without a {@code tenant} claim. Every service scopes all data by that claim and
 * the rate limits are keyed by it, so such a token is useless past the gateway. As a bean it is
 * also applied by Spring Boot to the decoder it builds from {@code issuer-uri}.
 */
@Component
public class TenantClaimValidator implements OAuth2TokenValidator<Jwt> {

    public static final String CLAIM = "tenant";

    private static final OAuth2Error MISSING_TENANT =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token carries no tenant claim.", null);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        return jwt.getClaims().get(CLAIM) instanceof String tenant && !tenant.isBlank()
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(MISSING_TENANT);
    }
}
