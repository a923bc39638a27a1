package io.stageflow.gateway.devtoken;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OAuth 2 token response field names, so standard clients can read it. */
public record DevTokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {}
