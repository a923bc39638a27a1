package io.stageflow.metrics.query.status;

import io.stageflow.metrics.config.MetricsProperties;
import io.stageflow.metrics.kpi.KpiProjection;
import io.stageflow.metrics.kpi.ProjectionProgress;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

/**
 * How far the projection is behind Kafka. The positions come from the token <em>stored</em> in
 * MongoDB, which only advances after a batch's writes: lag 0 means those writes are visible. The
 * token is read directly rather than through the token store, whose fetch would claim the segment
 * away from whichever replica is processing it.
 */
@Component
public class ProjectionStatusQuery {
    private final MongoTemplate axonMongo;
    private final Serializer serializer;
    private final TopicOffsets offsets;
    private final ProjectionProgress progress;
    private final MetricsProperties properties;

    public ProjectionStatusQuery(
            MongoTemplate axonMongo,
            Serializer serializer,
            TopicOffsets offsets,
            ProjectionProgress progress,
            MetricsProperties properties) {
        this.axonMongo = axonMongo;
        this.serializer = serializer;
        this.offsets = offsets;
        this.progress = progress;
        this.properties = properties;
    }

    public ProjectionStatus status() {
        Map<TopicPartition, Long> processed = storedPositions(KpiProjection.PROCESSING_GROUP);
        TopicOffsets.Snapshot topics = offsets.of(properties.topics());
        return new ProjectionStatus(
                Lag.behind(topics.start(), topics.end(), processed),
                progress.lastEventTime().orElse(null));
    }

    /**
     * The positions a processor's stored token holds: the least over its segments, since each segment
     * reads every partition.
     */
    public Map<TopicPartition, Long> storedPositions(String processorName) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        var tokens = axonMongo.trackingTokensCollection().find(new Document("processorName", processorName));
        boolean first = true;
        for (Document entry : tokens) {
            Map<TopicPartition, Long> segment = positionsOf(entry);
            if (first) {
                positions.putAll(segment);
                first = false;
            } else {
                positions.keySet().retainAll(segment.keySet());
                segment.forEach(
                        (partition, offset) -> positions.computeIfPresent(partition, (p, o) -> Math.min(o, offset)));
            }
        }
        return positions;
    }

    private Map<TopicPartition, Long> positionsOf(Document entry) {
        Binary data = entry.get("token", Binary.class);
        if (data == null) {
            return Map.of();
        }
        TrackingToken token = serializer.deserialize(
                new SimpleSerializedObject<>(data.getData(), byte[].class, entry.getString("tokenType"), null));
        return WrappedToken.unwrapLowerBound(token) instanceof KafkaTrackingToken kafka
                ? kafka.getPositions()
                : Map.of();
    }
}
