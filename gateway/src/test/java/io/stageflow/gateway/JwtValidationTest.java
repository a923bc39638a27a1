package io.stageflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.stageflow.gateway.devtoken.DevSigningKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

class JwtValidationTest extends LocalGatewayTest {

    @Autowired
    DevSigningKey devKey;

    @Test
    void handMadeTokenWithTheDevKeyAndCorrectClaimsIsAccepted() {
        // Control case: proves the rejections below are caused by the one claim each one changes.
        String token = TestTokens.sign(devKey.rsaKey(), TestTokens.validClaims().build());

        callLeads(token).expectStatus().isOk();
        assertThat(BACKEND.received()).hasSize(1);
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() {
        // Same kid as the real key, so only the signature can give it away.
        String token = TestTokens.sign(
                TestTokens.foreignKey(devKey.keyId()), TestTokens.validClaims().build());

        assertRejected(token);
    }

    @Test
    void expiredTokenIsRejected() {
        Instant longAgo = Instant.now().minus(Duration.ofHours(2));
        JWTClaimsSet claims = TestTokens.validClaims()
                .issueTime(Date.from(longAgo))
                .expirationTime(Date.from(longAgo.plus(Duration.ofHours(1))))
                .build();

        assertRejected(TestTokens.sign(devKey.rsaKey(), claims));
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        JWTClaimsSet claims = TestTokens.validClaims().audience("billing").build();

        assertRejected(TestTokens.sign(devKey.rsaKey(), claims));
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        JWTClaimsSet claims =
                TestTokens.validClaims().issuer("https://evil.example").build();

        assertRejected(TestTokens.sign(devKey.rsaKey(), claims));
    }

    @Test
    void garbageTokenIsRejected() {
        assertRejected("not-a-jwt");
    }

    private void assertRejected(String token) {
        Problems.assertInvalidToken(callLeads(token));
        assertThat(BACKEND.received()).isEmpty();
    }

    private WebTestClient.ResponseSpec callLeads(String token) {
        return Problems.getWithToken(web, "/api/leads", token);
    }
}
