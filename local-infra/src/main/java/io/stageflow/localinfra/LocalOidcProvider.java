package io.stageflow.localinfra;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponseKt;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real OpenID Connect provider in this JVM (mock-oauth2-server): discovery document, JWKS and
 * RS256-signed tokens, served over HTTP on a free port.
 *
 * <p>mock-oauth2-server names each signing key after its issuer id, so one issuer cannot publish
 * a second kid by itself. Key rotation is modelled with its route extension point: the issuer's
 * JWKS route publishes the provider's key of the current kid, and {@link #rotateKey()} switches to
 * a fresh key under a new kid and withdraws the old one, as a real identity provider does.
 */
public final class LocalOidcProvider implements AutoCloseable {

    public static final String ISSUER_ID = "stageflow-idp";
    public static final String AUDIENCE = "stageflow";

    private final MockOAuth2Server server;
    private volatile String currentKid = ISSUER_ID;
    private int rotations;

    private LocalOidcProvider() {
        server = new MockOAuth2Server(new PublishedKeys());
    }

    public static LocalOidcProvider start() {
        LocalOidcProvider provider = new LocalOidcProvider();
        provider.server.start();
        return provider;
    }

    public String issuerUri() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** A token as the provider issues it at its token endpoint, with the tenant and roles claims. */
    public String token(String tenant, String user) {
        return server.issueToken(ISSUER_ID, user, AUDIENCE, Map.of("tenant", tenant, "roles", List.of("manager")), 600)
                .serialize();
    }

    /** A token the provider issues without any tenant claim. */
    public String tokenWithoutTenant(String user) {
        return server.issueToken(ISSUER_ID, user, AUDIENCE, Map.of("roles", List.of("manager")), 600)
                .serialize();
    }

    /** Claims a correctly signed token of this provider carries; tests change one of them. */
    public JWTClaimsSet.Builder validClaims(String tenant, String user) {
        return new JWTClaimsSet.Builder()
                .issuer(issuerUri())
                .audience(AUDIENCE)
                .subject(user)
                .claim("tenant", tenant)
                .claim("roles", List.of("manager"));
    }

    /** Signs with the provider's current key (its kid in the header); times come from {@code lifetime}. */
    public String sign(JWTClaimsSet.Builder claims, Duration lifetime) {
        return tokens().jwt(claims.build().getClaims(), lifetime, currentKid).serialize();
    }

    public String sign(JWTClaimsSet.Builder claims) {
        return sign(claims, Duration.ofMinutes(10));
    }

    public String currentKid() {
        return currentKid;
    }

    /** From now on the provider signs with a new key under a new kid and publishes only that key. */
    public synchronized void rotateKey() {
        rotations++;
        currentKid = ISSUER_ID + "-rotated-" + rotations;
    }

    @Override
    public void close() {
        server.shutdown();
    }

    private OAuth2TokenProvider tokens() {
        return server.getConfig().getTokenProvider();
    }

    /** Answers the issuer's JWKS address with the public key of the current kid. */
    private final class PublishedKeys implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return "GET".equals(request.getMethod())
                    && request.getUrl().encodedPath().equals("/" + ISSUER_ID + "/jwks");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            JWKSet published = tokens().publicJwkSet(currentKid);
            return OAuth2HttpResponseKt.json(published.toJSONObject());
        }
    }
}
