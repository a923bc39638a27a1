package io.stageflow.gateway.devtoken;

import io.stageflow.gateway.security.SecurityProperties;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local-only token issuer, with the two documents that make the gateway an OpenID Connect issuer
 * for the services: discovery and the key set. The services are configured by issuer URI alone,
 * locally as in production, and find the keys the way they would at any identity provider. Signing
 * is CPU work of about a millisecond, acceptable on the event loop for a developer endpoint.
 */
@RestController
@Profile("local")
class DevTokenController {

    static final String JWKS_PATH = "/.well-known/jwks.json";
    static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

    private final DevTokenIssuer issuer;
    private final DevSigningKey key;
    private final SecurityProperties properties;

    DevTokenController(DevTokenIssuer issuer, DevSigningKey key, SecurityProperties properties) {
        this.issuer = issuer;
        this.key = key;
        this.properties = properties;
    }

    @PostMapping(path = "/dev/token", produces = MediaType.APPLICATION_JSON_VALUE)
    DevTokenResponse issue(@Valid @RequestBody DevTokenRequest request) {
        return issuer.issue(request);
    }

    @GetMapping(path = JWKS_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks() {
        return key.publicJwkSet().toJSONObject();
    }

    /**
     * The provider metadata a resource server reads at {@code issuer-uri} (OpenID Connect Discovery
     * 1.0, section 3): the issuer must equal the tokens' {@code iss}, and {@code jwks_uri} says where
     * the keys are. The dev token endpoint is not an OAuth token endpoint, so none is advertised.
     */
    @GetMapping(path = DISCOVERY_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> discovery() {
        String issuerUri = properties.issuer();
        return Map.of(
                "issuer", issuerUri,
                "jwks_uri", issuerUri + JWKS_PATH,
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "response_types_supported", List.of("token"));
    }
}
