package io.stageflow.lead.query.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.PipelineStage;
import io.stageflow.kit.test.TestDatabases;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store against the shared in-process MongoDB: what redelivery and reordering leave behind. */
class KnownPipelineStoreTest {
    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");
    private static final PipelineId ENTERPRISE = new PipelineId("enterprise");
    private MongoCollection<Document> collection;
    private KnownPipelineStore store;

    @BeforeEach
    void freshCollection() {
        collection = TestDatabases.fresh("pipelines").getCollection(KnownPipelineStore.COLLECTION);
        store = new KnownPipelineStore(collection);
    }

    private static PipelineDefined defined(TenantId tenant, int version, String name) {
        return new PipelineDefined(
                tenant,
                ENTERPRISE,
                Instant.parse("2026-03-01T09:00:00Z"),
                version,
                name,
                List.of(new PipelineStage("Discovery", 10, List.of())),
                "Discovery",
                null);
    }

    private Document only() {
        assertThat(collection.countDocuments()).isEqualTo(1);
        return collection.find().first();
    }

    @Test
    void aDefinedPipelineIsKnownToItsTenantOnly() {
        assertThat(store.exists(ACME, ENTERPRISE)).isFalse();

        store.record(defined(ACME, 1, "Enterprise"));

        assertThat(store.exists(ACME, ENTERPRISE)).isTrue();
        assertThat(store.exists(GLOBEX, ENTERPRISE)).isFalse();
        assertThat(only())
                .containsEntry("tenantId", "acme")
                .containsEntry("pipelineId", "enterprise")
                .containsEntry("name", "Enterprise")
                .containsEntry("latestVersion", 1);
    }

    @Test
    void aNewerVersionUpdatesTheName() {
        store.record(defined(ACME, 1, "Enterprise"));
        store.record(defined(ACME, 2, "Enterprise deals"));

        assertThat(only()).containsEntry("name", "Enterprise deals").containsEntry("latestVersion", 2);
    }

    @Test
    void redeliveredOrOlderVersionsChangeNothing() {
        store.record(defined(ACME, 1, "Enterprise"));
        store.record(defined(ACME, 2, "Enterprise deals"));
        Document before = only();

        store.record(defined(ACME, 2, "Enterprise deals"));
        store.record(defined(ACME, 1, "Enterprise"));

        assertThat(only()).isEqualTo(before);
    }

    @Test
    void aLaterVersionSeenFirstIsKeptWhenTheEarlierOneArrives() {
        store.record(defined(ACME, 3, "Third"));
        store.record(defined(ACME, 1, "First"));

        assertThat(only()).containsEntry("name", "Third").containsEntry("latestVersion", 3);
    }

    @Test
    void eachTenantsPipelineIsItsOwnDocument() {
        store.record(defined(ACME, 1, "Acme's"));
        store.record(defined(GLOBEX, 1, "Globex's"));

        assertThat(collection.countDocuments()).isEqualTo(2);
        assertThat(store.exists(GLOBEX, ENTERPRISE)).isTrue();
    }
}
