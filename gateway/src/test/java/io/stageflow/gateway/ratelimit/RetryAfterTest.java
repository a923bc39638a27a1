package io.stageflow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageflow.gateway.ratelimit.RateLimitProperties.Limit;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void atTheDefaultRateATokenIsBackWithinASecond() {
        assertThat(new Limit(50, 100, 1).secondsUntilAffordable(0)).isEqualTo(1);
    }

    @Test
    void slowLimitsWaitForTheMissingTokensRoundedUp() {
        Limit oneRequestPerHundredSeconds = new Limit(1, 300, 100);

        assertThat(oneRequestPerHundredSeconds.secondsUntilAffordable(0)).isEqualTo(100);
        assertThat(oneRequestPerHundredSeconds.secondsUntilAffordable(40)).isEqualTo(60);
        assertThat(new Limit(3, 300, 100).secondsUntilAffordable(0)).isEqualTo(34);
    }

    @Test
    void unknownRemainderCountsAsEmpty() {
        assertThat(new Limit(1, 300, 100).secondsUntilAffordable(-1)).isEqualTo(100);
    }
}
