package io.stageflow.metrics.query.status;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** Records behind the end of the topics, from a tracking token's positions (last offset processed). */
public final class Lag {
    private Lag() {}

    /**
     * @param start first offset still in each partition
     * @param end offset the next record of each partition will get
     * @param processed last offset processed per partition; a partition without one is behind by all
     *     its records
     */
    public static long behind(
            Map<TopicPartition, Long> start, Map<TopicPartition, Long> end, Map<TopicPartition, Long> processed) {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            Long position = processed.get(partition.getKey());
            long next = position == null ? start.getOrDefault(partition.getKey(), 0L) : position + 1;
            lag += Math.max(0, partition.getValue() - next);
        }
        return lag;
    }
}
