package io.stageflow.gateway.devtoken;

import io.stageflow.gateway.security.SecurityProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs tokens shaped like the ones the production identity provider is expected to issue. */
@Component
@Profile("local")
class DevTokenIssuer {

    private final JwtEncoder encoder;
    private final DevSigningKey key;
    private final SecurityProperties properties;

    DevTokenIssuer(JwtEncoder encoder, DevSigningKey key, SecurityProperties properties) {
        this.encoder = encoder;
        this.key = key;
        this.properties = properties;
    }

    DevTokenResponse issue(DevTokenRequest request) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .id(UUID.randomUUID().toString())
                .issuer(properties.issuer())
                .audience(List.of(properties.audience()))
                .subject(request.user())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenLifetime()))
                .claim("tenant", request.tenant())
                .claim("roles", request.roles())
                .claim("teams", request.teams())
                .build();
        JwsHeader header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.keyId()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new DevTokenResponse(token, "Bearer", properties.tokenLifetime().toSeconds());
    }
}
