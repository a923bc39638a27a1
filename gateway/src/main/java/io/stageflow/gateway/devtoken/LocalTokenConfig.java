package io.stageflow.gateway.devtoken;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.stageflow.gateway.security.SecurityProperties;
import io.stageflow.gateway.security.TenantClaimValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Local profile: the gateway signs its own dev tokens and trusts them. The decoder uses the
 * in-memory public key rather than fetching the published JWKS from itself, and replaces Spring
 * Boot's property-driven decoder (which backs off when this bean exists).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalTokenConfig {

    @Bean
    DevSigningKey devSigningKey() {
        return DevSigningKey.generate();
    }

    @Bean
    JwtEncoder devJwtEncoder(DevSigningKey key) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key.rsaKey())));
    }

    @Bean
    ReactiveJwtDecoder localJwtDecoder(
            DevSigningKey key, SecurityProperties properties, TenantClaimValidator tenantClaim) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(key.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()),
                tenantClaim));
        return decoder;
    }
}
