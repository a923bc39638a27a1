package io.stageflow.opportunity.pipeline.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.PipelineDefined;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which pipelines each tenant has: ids only, in order of creation. Everything else about a pipeline
 * is read from the event store when asked, so this projection has nothing that could go stale but
 * membership, and inserting an id is idempotent under redelivery and replay.
 */
@Component
@ProcessingGroup(PipelineDirectory.PROCESSING_GROUP)
public class PipelineDirectory {
    static final String PROCESSING_GROUP = "pipeline-directory";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> pipelines;

    PipelineDirectory(MongoClient client, @Value("${stageflow.mongo.database}") String database) {
        this.pipelines = client.getDatabase(database).getCollection("pipeline_directory");
        pipelines.createIndex(Indexes.ascending("tenantId", "createdAt"));
    }

    @EventHandler
    void on(PipelineDefined event) {
        pipelines.updateOne(
                eq("_id", event.pipelineId().value()),
                Updates.combine(
                        Updates.setOnInsert("tenantId", event.tenantId().value()),
                        Updates.min("createdAt", java.util.Date.from(event.occurredAt()))),
                UPSERT);
    }

    public List<PipelineId> of(TenantId tenant) {
        List<PipelineId> ids = new ArrayList<>();
        pipelines
                .find(eq("tenantId", tenant.value()))
                .sort(Sorts.ascending("createdAt", "_id"))
                .forEach(document -> ids.add(new PipelineId(document.getString("_id"))));
        return ids;
    }
}
