package io.stageflow.lead.query.pipelines;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.lead.command.KnownPipelines;
import java.util.List;
import org.bson.Document;

/**
 * {@code known_pipelines}: every pipeline defined for a tenant, as of its latest version, read from
 * the process-events topic. A conversion only needs to know that a pipeline exists, so this is all
 * the lead service keeps of pipelines; the opportunity service owns them.
 *
 * <p>Redelivery and replay change nothing: the first definition seen creates the document
 * ({@code $setOnInsert}), and any definition updates it only when its version is newer, in one
 * ordered bulk write.
 */
public class KnownPipelineStore implements KnownPipelines {
    static final String COLLECTION = "known_pipelines";
    static final String TENANT_ID = "tenantId";
    static final String PIPELINE_ID = "pipelineId";
    static final String NAME = "name";
    static final String LATEST_VERSION = "latestVersion";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> pipelines;

    public KnownPipelineStore(MongoCollection<Document> pipelines) {
        this.pipelines = pipelines;
    }

    public void record(PipelineDefined defined) {
        Document fields = new Document(TENANT_ID, defined.tenantId().value())
                .append(PIPELINE_ID, defined.pipelineId().value())
                .append(NAME, defined.name())
                .append(LATEST_VERSION, defined.version());
        String id = id(defined.tenantId(), defined.pipelineId());
        pipelines.bulkWrite(List.of(
                new UpdateOneModel<>(eq("_id", id), new Document("$setOnInsert", fields), UPSERT),
                new UpdateOneModel<>(
                        and(eq("_id", id), lt(LATEST_VERSION, defined.version())), new Document("$set", fields))));
    }

    @Override
    public boolean exists(TenantId tenant, PipelineId pipeline) {
        return pipelines.countDocuments(eq("_id", id(tenant, pipeline))) > 0;
    }

    /** Tenant ids cannot contain a slash: one tenant's pipeline ids never meet another's. */
    private static String id(TenantId tenant, PipelineId pipeline) {
        return tenant.value() + "/" + pipeline.value();
    }
}
