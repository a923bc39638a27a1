package io.stageflow.metrics.kpi;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.PipelineDefined;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/**
 * The pipeline versions the tenants defined, as the metrics need them at query time (stage
 * probabilities, rotten-after days). A version never changes, so recording one again replaces it
 * with itself: redelivery is harmless. No fact depends on it, only queries, so it may arrive after
 * the deals that follow it.
 */
final class PipelineDefinitions {
    static final String COLLECTION = "kpi_pipelines";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> versions;

    PipelineDefinitions(MongoDatabase database, String prefix) {
        this.versions = database.getCollection(prefix + COLLECTION);
    }

    /** One stage of a version: its name and win probability in percent. */
    record Stage(String name, int probability) {}

    record Definition(String pipelineId, int version, List<Stage> stages, Integer rottenAfterDays) {}

    /** The stages of version 1 of every tenant's default pipeline, as opportunity-service's {@code DefaultPipeline}. */
    static final List<Stage> DEFAULT_V1 = List.of(
            new Stage("NEEDS_ANALYSIS", 10),
            new Stage("PROPOSAL", 30),
            new Stage("QUOTE", 60),
            new Stage("NEGOTIATION", 80));

    void record(List<PipelineDefined> defined) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (PipelineDefined event : defined) {
            String id = idOf(event.tenantId().value(), event.pipelineId().value(), event.version());
            Document document = new Document("_id", id)
                    .append("tenant", event.tenantId().value())
                    .append("pipelineId", event.pipelineId().value())
                    .append("version", event.version())
                    .append("rottenAfterDays", event.rottenAfterDays())
                    .append(
                            "stages",
                            event.stages().stream()
                                    .map(s -> new Document("name", s.name()).append("probability", s.probability()))
                                    .toList());
            writes.add(new ReplaceOneModel<>(eq("_id", id), document, UPSERT));
        }
        if (!writes.isEmpty()) {
            versions.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    Optional<Definition> find(String tenant, String pipelineId, int version) {
        return Optional.ofNullable(versions.find(eq("_id", idOf(tenant, pipelineId, version)))
                        .first())
                .map(PipelineDefinitions::definitionOf)
                .or(() -> builtIn(tenant, pipelineId, version));
    }

    /** The pipeline's newest version known here. */
    Optional<Definition> latest(String tenant, String pipelineId) {
        return Optional.ofNullable(versions.find(and(eq("tenant", tenant), eq("pipelineId", pipelineId)))
                        .sort(Sorts.descending("version"))
                        .first())
                .map(PipelineDefinitions::definitionOf)
                .or(() -> builtIn(tenant, pipelineId, 1));
    }

    /** Every stage name in any version of the tenant's pipelines, the default's first version included. */
    Set<String> stageNames(String tenant) {
        Set<String> names = new TreeSet<>();
        DEFAULT_V1.forEach(stage -> names.add(stage.name()));
        for (Document version : versions.find(eq("tenant", tenant))) {
            version.getList("stages", Document.class).forEach(s -> names.add(s.getString("name")));
        }
        return names;
    }

    /** The known ones of {@code wanted}, in one read. */
    Map<PipelineRef, Definition> findAll(String tenant, Collection<PipelineRef> wanted) {
        Map<PipelineRef, Definition> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        List<String> ids = wanted.stream()
                .map(ref -> idOf(tenant, ref.pipelineId(), ref.version()))
                .toList();
        for (Document document : versions.find(in("_id", ids))) {
            Definition definition = definitionOf(document);
            found.put(new PipelineRef(definition.pipelineId(), definition.version()), definition);
        }
        for (PipelineRef ref : wanted) {
            if (!found.containsKey(ref)) {
                builtIn(tenant, ref.pipelineId(), ref.version()).ifPresent(d -> found.put(ref, d));
            }
        }
        return found;
    }

    /**
     * Version 1 of a tenant's default pipeline before the tenant's first opportunity recorded it:
     * what every opening from before pipelines follows.
     */
    private static Optional<Definition> builtIn(String tenant, String pipelineId, int version) {
        boolean defaultV1 = version == 1
                && PipelineId.defaultFor(new TenantId(tenant)).value().equals(pipelineId);
        return defaultV1 ? Optional.of(new Definition(pipelineId, 1, DEFAULT_V1, null)) : Optional.empty();
    }

    private static Definition definitionOf(Document document) {
        List<Stage> stages = document.getList("stages", Document.class).stream()
                .map(s -> new Stage(s.getString("name"), s.getInteger("probability")))
                .toList();
        return new Definition(
                document.getString("pipelineId"),
                document.getInteger("version"),
                stages,
                document.getInteger("rottenAfterDays"));
    }

    private static String idOf(String tenant, String pipelineId, int version) {
        return tenant + "/" + pipelineId + "/" + version;
    }
}
