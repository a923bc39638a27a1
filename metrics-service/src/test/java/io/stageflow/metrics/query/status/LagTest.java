package io.stageflow.metrics.query.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class LagTest {
    private static final TopicPartition P0 = new TopicPartition("leads", 0);
    private static final TopicPartition P1 = new TopicPartition("leads", 1);
    private static final TopicPartition P2 = new TopicPartition("opportunities", 0);

    @Test
    void sumsTheRecordsAfterEachPartitionsLastProcessedOffset() {
        Map<TopicPartition, Long> start = Map.of(P0, 0L, P1, 0L, P2, 5L);
        Map<TopicPartition, Long> end = Map.of(P0, 10L, P1, 4L, P2, 12L);

        // P0: offsets 0..9, 9 processed -> 0 behind; P1: 1 processed -> 2 behind; P2 untouched -> 7 behind
        assertThat(Lag.behind(start, end, Map.of(P0, 9L, P1, 1L))).isEqualTo(9);
    }

    @Test
    void isZeroForEmptyTopicsAndCaughtUpTokens() {
        assertThat(Lag.behind(Map.of(P0, 0L), Map.of(P0, 0L), Map.of())).isZero();
        assertThat(Lag.behind(Map.of(P0, 0L), Map.of(P0, 3L), Map.of(P0, 2L))).isZero();
    }
}
