package io.stageflow.gateway.devtoken;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local-only token issuer and the key set that lets every service verify its tokens. Signing is
 * CPU work of about a millisecond, acceptable on the event loop for a developer endpoint.
 */
@RestController
@Profile("local")
class DevTokenController {

    private final DevTokenIssuer issuer;
    private final DevSigningKey key;

    DevTokenController(DevTokenIssuer issuer, DevSigningKey key) {
        this.issuer = issuer;
        this.key = key;
    }

    @PostMapping(path = "/dev/token", produces = MediaType.APPLICATION_JSON_VALUE)
    DevTokenResponse issue(@Valid @RequestBody DevTokenRequest request) {
        return issuer.issue(request);
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks() {
        return key.publicJwkSet().toJSONObject();
    }
}
