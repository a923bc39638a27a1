package io.stageflow.metrics.query.winrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WinRateTest {
    @Test
    void isTheShareOfWinsAmongClosedOpportunities() {
        assertThat(WinRate.of(100, 80)).isEqualTo(new WinRate(100, 80, 0.5556));
        assertThat(WinRate.of(3, 0).winRate()).isEqualTo(1.0);
    }

    @Test
    void isNullWhenNothingClosed() {
        assertThat(WinRate.of(0, 0)).isEqualTo(new WinRate(0, 0, null));
    }
}
