package io.stageflow.gateway.devtoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

/**
 * The local profile's signing key. Generated at every start and never written anywhere, so no
 * key is committed and tokens from an earlier run stop working after a restart.
 */
public record DevSigningKey(RSAKey rsaKey) {

    static DevSigningKey generate() {
        try {
            return new DevSigningKey(new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the local RSA signing key", e);
        }
    }

    public String keyId() {
        return rsaKey.getKeyID();
    }

    public RSAPublicKey publicKey() {
        try {
            return rsaKey.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("Local signing key has no usable public part", e);
        }
    }

    public JWKSet publicJwkSet() {
        return new JWKSet(rsaKey.toPublicJWK());
    }

    @Override
    public String toString() {
        return "DevSigningKey[kid=" + keyId() + "]";
    }
}
