package io.stageflow.lead.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.stageflow.events.InvalidEventException;
import io.stageflow.events.Topics;
import io.stageflow.events.ids.PipelineId;
import io.stageflow.events.ids.ReasonListId;
import io.stageflow.events.ids.TenantId;
import io.stageflow.events.process.PipelineDefined;
import io.stageflow.events.process.PipelineStage;
import io.stageflow.events.process.ReasonListDefined;
import io.stageflow.kit.test.EventRecords;
import io.stageflow.lead.query.pipelines.KnownPipelineStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinedPipelinesTest {
    private static final TenantId TENANT = new TenantId("acme");
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    private final KnownPipelineStore store = mock(KnownPipelineStore.class);
    private final DefinedPipelines definedPipelines = new DefinedPipelines(store);

    @Test
    void aPipelineDefinitionIsRecorded() {
        PipelineDefined defined = new PipelineDefined(
                TENANT,
                new PipelineId("enterprise"),
                AT,
                3,
                "Enterprise",
                List.of(new PipelineStage("需求分析", 20, List.of())),
                "需求分析",
                30);

        definedPipelines.on(EventRecords.consumed(defined));

        verify(store).record(defined);
    }

    @Test
    void reasonListsAreSkipped() {
        definedPipelines.on(EventRecords.consumed(
                new ReasonListDefined(TENANT, new ReasonListId("reasons.loss.acme"), AT, 1, "LOSS", List.of("price"))));

        verifyNoInteractions(store);
    }

    @Test
    void aRecordThatIsNotAnEventFails() {
        assertThatThrownBy(() -> definedPipelines.on(EventRecords.garbage(Topics.PROCESS_EVENTS)))
                .isInstanceOf(InvalidEventException.class);
        verifyNoInteractions(store);
    }
}
